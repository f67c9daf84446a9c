package io.github.cptssdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.model.Coordinator;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class BeanValidationTest {

  @Test
  void aViolationHasItsPathCodeAndMessageInBothLanguages() {
    Cpts c = Cpts.of(CptsId.of("cpts-x"), "x".repeat(Cpts.MAX_NAME_LENGTH + 1), Territory.parse("54395"));
    ValidationReport r = BeanValidation.get().validate(c);
    assertThat(r.issues()).hasSize(1);
    ValidationIssue issue = r.issues().get(0);
    assertThat(issue.code()).isEqualTo("CPTS-0151");
    assertThat(issue.path()).isEqualTo("name");
    assertThat(issue.message().en()).isEqualTo("wrong size: expected between 0 and 200");
    assertThat(issue.message().fr()).isEqualTo("taille incorrecte : attendu entre 0 et 200");
  }

  @Test
  void nestedViolationPathAndNoValueInTheMessage() {
    Cpts c = Cpts.of(CptsId.of("cpts-x"), "CPTS X", Territory.parse("54395"))
        .withCoordinator(new Coordinator("Camille", "camille.at.example"));
    ValidationIssue issue = BeanValidation.get().validate(c).issues().get(0);
    assertThat(issue.path()).isEqualTo("coordinator.email");
    assertThat(issue.code()).isEqualTo("CPTS-0153");
    assertThat(issue.message().en() + issue.message().fr()).doesNotContain("camille");
  }

  @Test
  void aValidModelHasNoViolation() {
    Cpts c = Cpts.of(CptsId.of("cpts-x"), "CPTS X", Territory.parse("54395"))
        .withCoordinator(new Coordinator("Camille", "camille@cpts.example.org"));
    assertThat(BeanValidation.get().validate(c).issues()).isEmpty();
  }
}
