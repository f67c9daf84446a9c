package io.github.cptssdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.constraints.FrenchId;
import io.github.cptssdk.core.id.IdentifierKind;
import io.github.cptssdk.core.model.Coordinator;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** A user's bean holding identifiers as text, one per kind, each invalid. */
  record Member(@FrenchId(IdentifierKind.RPPS) String rpps, @FrenchId(IdentifierKind.ADELI) String adeli,
      @FrenchId(IdentifierKind.FINESS) String finess, @FrenchId(IdentifierKind.SIREN) String siren,
      @FrenchId(IdentifierKind.SIRET) String siret, @FrenchId(IdentifierKind.COMMUNE) String commune,
      @FrenchId(IdentifierKind.EPCI) String epci) {}

  static final Member INVALID = new Member("10000000008", "75071218", "750712185", "732829321",
      "73282932000075", "20004", "20004697X");

  @Test
  void theConstraintBundleIsTheOneOfTheConstraintPackage() {
    assertThat(BeanValidation.CONSTRAINTS_BUNDLE).isEqualTo(FrenchId.class.getPackageName() + ".ConstraintMessages");
    assertThat(ResourceBundle.getBundle(BeanValidation.CONSTRAINTS_BUNDLE, Locale.ROOT).keySet()).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({"rpps,CPTS-0156,RPPS", "adeli,CPTS-0157,ADELI", "finess,CPTS-0158,FINESS", "siren,CPTS-0159,SIREN",
      "siret,CPTS-0160,SIRET", "commune,CPTS-0161,COMMUNE", "epci,CPTS-0162,EPCI"})
  void anIdentifierConstraintHasItsCodeAndTheKindsMessageInBothLanguages(String path, String code, String kind) {
    ValidationIssue issue = BeanValidation.get().validate(INVALID).issues().stream()
        .filter(i -> i.path().equals(path)).findFirst().orElseThrow();
    String bundle = FrenchId.class.getPackageName() + ".ConstraintMessages";
    String key = "io.github.cptssdk.constraints.FrenchId." + kind + ".message";
    assertThat(issue.code()).isEqualTo(code);
    assertThat(issue.message().en())
        .isEqualTo(ResourceBundle.getBundle(bundle, Locale.ROOT).getString(key));
    assertThat(issue.message().fr())
        .isEqualTo(ResourceBundle.getBundle(bundle, Locale.FRENCH).getString(key))
        .isNotEqualTo(issue.message().en());
  }
}
