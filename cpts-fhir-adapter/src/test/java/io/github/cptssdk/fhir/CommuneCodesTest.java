package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport.CodeValidationResult;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.testing.TestCommunes;
import io.github.cptssdk.fhir.internal.CommuneValidationSupport;
import org.junit.jupiter.api.Test;

/**
 * INSEE codes, which the national code system does not list, are answered by form and, when the caller
 * gives a referential ({@code FhirValidator.Builder.communes}), by existence in it.
 */
class CommuneCodesTest {

  private static final CommuneReferential REFERENTIAL = TestCommunes.of("34301", "34108");

  private static CodeValidationResult check(CommuneValidationSupport support, String system, String code) {
    return support.validateCode(new ValidationSupportContext(support), new ConceptValidationOptions(), system, code,
        null, null);
  }

  @Test
  void withAReferentialOnlyExistingCommunesAreValid() {
    CommuneValidationSupport support = new CommuneValidationSupport(FhirMapper.context(),
        c -> REFERENTIAL.commune(c).isPresent());
    assertThat(check(support, FhirUris.CS_R13_COMMUNE, "34301").isOk()).isTrue();
    assertThat(check(support, FhirUris.CS_R13_COMMUNE_LEGACY, "34108").isOk()).isTrue();
    assertThat(check(support, FhirUris.CS_R13_COMMUNE, "34999").isOk()).isFalse();
    assertThat(check(support, FhirUris.CS_R13_COMMUNE, "34999").getMessage()).doesNotContain("34999");
  }

  @Test
  void withoutAReferentialTheFormIsChecked() {
    CommuneValidationSupport support = new CommuneValidationSupport(FhirMapper.context(), (CommuneCode c) -> true);
    assertThat(check(support, FhirUris.CS_R13_COMMUNE, "2A004").isOk()).isTrue();
    assertThat(check(support, FhirUris.CS_R13_COMMUNE, "97411").isOk()).isTrue();
    assertThat(check(support, FhirUris.CS_R13_COMMUNE, "20123").isOk()).isFalse();
    assertThat(check(support, FhirUris.CS_R13_COMMUNE, "3430").isOk()).isFalse();
    assertThat(check(support, "http://example.org/other", "34301")).isNull();
  }
}
