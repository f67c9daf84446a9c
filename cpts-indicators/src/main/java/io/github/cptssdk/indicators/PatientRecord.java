package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One person of the insured population. Immutable; build with {@link #of} and the withers.
 *
 * <p>Age at a reference year is {@code year - birthYear} (the age reached during that year), as the
 * screening programmes count it.
 *
 * @param patientId pseudonymous identifier (never printed nor logged)
 * @param birthYear year of birth
 * @param sex sex
 * @param commune INSEE code of the commune of residence
 * @param hasTreatingDoctor true if the person has declared a médecin traitant
 * @param ald true if the person is in affection de longue durée
 * @param c2s true if the person benefits from the complémentaire santé solidaire
 * @param lastActs date of the last act of each prevention kind (absent: none known)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PatientRecord(
    String patientId,
    int birthYear,
    Sex sex,
    CommuneCode commune,
    boolean hasTreatingDoctor,
    boolean ald,
    boolean c2s,
    Map<PreventionAct, LocalDate> lastActs) {

  /**
   * Checks the components and copies {@code lastActs}.
   *
   * @param patientId pseudonymous identifier, not empty
   * @param birthYear year of birth, 1850..2200
   * @param sex sex
   * @param commune commune of residence
   * @param hasTreatingDoctor true if the person has declared a médecin traitant
   * @param ald true if the person is in ALD
   * @param c2s true if the person benefits from the C2S
   * @param lastActs date of the last act of each prevention kind
   * @throws NullPointerException if an object component is null
   * @throws IllegalArgumentException if the id is empty or the birth year out of 1850..2200
   */
  public PatientRecord {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(lastActs, "lastActs");
    if (patientId.isEmpty()) {
      throw new IllegalArgumentException("patientId must not be empty");
    }
    if (birthYear < 1850 || birthYear > 2200) {
      throw new IllegalArgumentException("birthYear must be in 1850..2200");
    }
    lastActs = lastActs.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(lastActs));
  }

  /**
   * A person without médecin traitant, ALD, C2S nor prevention act.
   *
   * @param patientId pseudonymous identifier, not empty
   * @param birthYear year of birth, 1850..2200
   * @param sex sex
   * @param commune commune of residence
   * @return the person
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is empty or the birth year out of 1850..2200
   */
  public static PatientRecord of(String patientId, int birthYear, Sex sex, CommuneCode commune) {
    return new PatientRecord(patientId, birthYear, sex, commune, false, false, false, Map.of());
  }

  /**
   * A copy with another médecin traitant status.
   *
   * @param value true if the person has declared a médecin traitant
   * @return the copy
   */
  public PatientRecord withTreatingDoctor(boolean value) {
    return new PatientRecord(patientId, birthYear, sex, commune, value, ald, c2s, lastActs);
  }

  /**
   * A copy with another ALD status.
   *
   * @param value true if the person is in ALD
   * @return the copy
   */
  public PatientRecord withAld(boolean value) {
    return new PatientRecord(patientId, birthYear, sex, commune, hasTreatingDoctor, value, c2s, lastActs);
  }

  /**
   * A copy with another C2S status.
   *
   * @param value true if the person benefits from the C2S
   * @return the copy
   */
  public PatientRecord withC2s(boolean value) {
    return new PatientRecord(patientId, birthYear, sex, commune, hasTreatingDoctor, ald, value, lastActs);
  }

  /**
   * A copy with the date of one last act.
   *
   * @param act the kind of act
   * @param date the date of the last act, {@code null} to remove it
   * @return the copy
   */
  public PatientRecord withLastAct(PreventionAct act, @org.jspecify.annotations.Nullable LocalDate date) {
    EnumMap<PreventionAct, LocalDate> m = new EnumMap<>(PreventionAct.class);
    m.putAll(lastActs);
    if (date == null) {
      m.remove(act);
    } else {
      m.put(act, date);
    }
    return new PatientRecord(patientId, birthYear, sex, commune, hasTreatingDoctor, ald, c2s, m);
  }

  /**
   * The date of one last act.
   *
   * @param act the kind of act
   * @return the date of the last act of this kind, if any
   */
  public Optional<LocalDate> lastAct(PreventionAct act) {
    return Optional.ofNullable(lastActs.get(act));
  }

  /**
   * The age reached during a year.
   *
   * @param year the reference year
   * @return {@code year - birthYear}
   */
  public int ageIn(int year) {
    return year - birthYear;
  }

  @Override
  public String toString() {
    return "PatientRecord[redacted]";
  }
}
