package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The age bands of the desk, from the birth year (the only age data of a request): the contract lines count
 * patients of 16 and over with a médecin traitant and patients of 70 and over without one
 * (../shared/domain/aci-cpts.md §5.2). A GP's capacity may accept only some bands.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AgeBand {
  /** Under 16. */
  UNDER_16,
  /** 16 to 69. */
  FROM_16_TO_69,
  /** 70 and over. */
  FROM_70;

  /**
   * @param birthYear the birth year
   * @param on the reference date
   * @return the band of a person born in {@code birthYear}, aged {@code on.getYear() - birthYear} in that year
   */
  public static AgeBand of(int birthYear, LocalDate on) {
    int age = on.getYear() - birthYear;
    return age >= 70 ? FROM_70 : age >= 16 ? FROM_16_TO_69 : UNDER_16;
  }
}
