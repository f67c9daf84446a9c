package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.Lifecycle;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 12: the prerequisites checked both by the model validation and by the ACI eligibility are one rule
 * each ({@link io.github.cptssdk.core.model.ContractRules}): the same finding, code and path on both sides.
 */
class SharedPrerequisitesTest {

  private static final LocalDate SUBMITTED = LocalDate.of(2022, 6, 1);

  @Property(tries = 200)
  void aContractSignedBeforeTheProjectsValidationIsOneFindingOnBothSides(
      @ForAll @IntRange(min = -120, max = 240) int signedAfterSubmission,
      @ForAll @IntRange(min = 0, max = 120) int explicitValidationAfter, @ForAll boolean explicit) {
    HealthProject project = new HealthProject(SUBMITTED, explicit ? SUBMITTED.plusDays(explicitValidationAfter) : null, null);
    LocalDate signed = SUBMITTED.plusDays(signedAfterSubmission);
    Cpts cpts = EligibilityTest.conforming().withLifecycle(Lifecycle.empty().withHealthProject(project).withContractSignedOn(signed));
    List<ValidationIssue> model = CptsValidator.get().validate(cpts).withCode("CPTS-0106");
    List<ValidationIssue> aci = AciRules.official().eligibility(cpts, LocalDate.of(2025, 1, 1)).withCode("CPTS-0106");
    assertThat(aci).isEqualTo(model);
    assertThat(model.isEmpty()).isEqualTo(!signed.isBefore(project.validatedOn().orElseThrow()));
  }

  @Property(tries = 20)
  void anEmptyTerritoryIsOneFindingOnBothSides(@ForAll boolean empty) {
    Cpts cpts = EligibilityTest.conforming();
    if (empty) {
      cpts = cpts.withTerritory(Territory.empty());
    }
    ValidationReport model = CptsValidator.get().validate(cpts);
    ValidationReport aci = AciRules.official().eligibility(cpts, LocalDate.of(2025, 1, 1));
    assertThat(aci.withCode("CPTS-0104")).isEqualTo(model.withCode("CPTS-0104")).hasSize(empty ? 1 : 0);
    assertThat(aci.withCode("CPTS-0430")).isEmpty();
    assertThat(aci.withCode("CPTS-0423")).isEmpty();
  }
}
