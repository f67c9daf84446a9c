package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A savoir-faire of a professional: its type (JDV_J91: {@code S} spécialité ordinale, {@code C}
 * compétence, {@code CEX} compétence exclusive, {@code PAC}...) and its code (JDV_J107, e.g. {@code SM54}).
 *
 * @param type the code of the type of savoir-faire
 * @param code the code of the savoir-faire
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SavoirFaire(String type, String code) {

  /**
   * The specialties counted as general practice by the DREES: {@code SM26} qualifié en médecine
   * générale, {@code SM53} spécialiste en médecine générale, {@code SM54} médecine générale (type
   * {@code S}). Source: ../shared/domain/registries-sas-spark.md section 1.4.
   */
  public static final Set<String> GENERAL_PRACTICE = Set.of("SM26", "SM53", "SM54");

  /**
   * @param type the type code, not blank
   * @param code the savoir-faire code, not blank
   * @throws IllegalArgumentException if a code is blank or holds a separator or a line break
   */
  public SavoirFaire {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    if (!Activity.isCode(type) || !Activity.isCode(code)) {
      throw new IllegalArgumentException("a savoir-faire type and code are 1-16 letters, digits, '-' or '_'");
    }
  }

  /** @return true for a specialty of general practice by the DREES definition (type S, SM26/SM53/SM54) */
  public boolean isGeneralPractice() {
    return "S".equals(type) && GENERAL_PRACTICE.contains(code);
  }
}
