package io.github.cptssdk.core.model;

import static io.github.cptssdk.core.validation.Severity.ERROR;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.validation.ValidationIssue;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The prerequisites of an ACI contract that are facts of the model: the one place of each rule, applied by
 * {@link CptsValidator} and by the ACI eligibility ({@code AciRules.eligibility}), under one code each.
 * Pure functions; stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContractRules {

  private ContractRules() {}

  /**
   * A CPTS covers a territory (article L1434-12 CSP: it is formed "sur un territoire"; the ACI contract
   * names its communes, aci-cpts.md 1.3): at least one commune.
   *
   * @param cpts the CPTS
   * @return CPTS-0104 (error, path {@code territory.communes}) if its territory is empty
   */
  public static Optional<ValidationIssue> emptyTerritory(Cpts cpts) {
    return Objects.requireNonNull(cpts, "cpts").territory().isEmpty()
        ? Optional.of(ModelMessages.issue(ERROR, "CPTS-0104", "territory.communes")) : Optional.empty();
  }

  /**
   * A contract is signed on the basis of a validated projet de santé (article L1434-12 CSP: validated by the
   * ARS, or deemed validated two months after its submission without objection; aci-cpts.md 1.1 and 1.3).
   * A lifecycle without a signature, without a project or with a project never validated is not concerned
   * (those are other findings).
   *
   * @param lifecycle the lifecycle
   * @return CPTS-0106 (error, path {@code lifecycle.contractSignedOn}) if the contract is signed before the
   *     day the project was validated
   */
  public static Optional<ValidationIssue> signedBeforeProjectValidation(Lifecycle lifecycle) {
    Objects.requireNonNull(lifecycle, "lifecycle");
    LocalDate signed = lifecycle.contractSignedOn();
    HealthProject project = lifecycle.healthProject();
    if (signed == null || project == null) {
      return Optional.empty();
    }
    Optional<LocalDate> validated = project.validatedOn();
    return validated.isPresent() && signed.isBefore(validated.get())
        ? Optional.of(ModelMessages.issue(ERROR, "CPTS-0106", "lifecycle.contractSignedOn")) : Optional.empty();
  }
}
