package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, regressions of the hostile-input campaign on the FHIR readers: dates without bounds (defect 1),
 * unpaired surrogates (defect 2), numbers that HAPI writes out to a billion digits (defect 3).
 */
class HostileFhirTest {

  static final String JSON = FhirMapper.toJson(FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION));
  static final String XML = FhirMapper.toXml(FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION));

  @ParameterizedTest
  @ValueSource(strings = {"9999-12-31", "1900-01-01", "1970-01-01", "2149-06-07"})
  void aDateOutOfTheModelRangeIsReportedWithItsPathAndTheCptsIsUsable(String date) {
    FhirImport imported = FhirMapper.fromText(JSON.replace("\"2019-03-04\"", "\"" + date + "\""));
    List<ValidationIssue> issues = imported.report().withCode("CPTS-0833");
    assertThat(issues).hasSize(1);
    assertThat(issues.get(0).path()).contains(".extension('").contains("letter-of-intent");
    Cpts cpts = imported.cpts();
    assertThat(cpts.lifecycle().letterOfIntentOn()).isNull();
    assertThat(FhirMapper.fromBundle(FhirMapper.toBundle(cpts, BundleType.COLLECTION)).cpts()).isEqualTo(cpts);
  }

  @Test
  void theBoundsOfTheRangeAreImported() {
    Cpts cpts = FhirMapper.fromText(JSON.replace("\"2019-03-04\"", "\"1970-01-02\"")).cpts();
    assertThat(cpts.lifecycle().letterOfIntentOn()).hasToString("1970-01-02");
  }

  @Test
  void theSixtyFiveByteFileOfTheCampaignIsRejectedBeforeHapiParses() {
    String text = "{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":1E999999999}}";
    assertThatThrownBy(() -> FhirMapper.fromText(text)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
      assertThat(e.code()).isEqualTo(FhirFormatException.NUMBER_TOO_LARGE);
      assertThat(e.getMessage()).contains("line 1, column 56");
    });
    assertThatThrownBy(() -> FhirMapper.parse(text.replace("1E999999999", "-1.5e-999"))).hasMessageStartingWith("CPTS-0835");
    assertThat(FhirMapper.parse(text.replace("1E999999999", "1.5e996"))).isNotNull();
  }

  @Test
  void numbersAreBoundedTogether() {
    StringBuilder sb = new StringBuilder("{\"resourceType\":\"Basic\",\"extension\":[");
    for (int i = 0; i < 100; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"url\":\"u\",\"valueDecimal\":1e900}");
    }
    String text = sb.append("]}").toString();
    FhirReadLimits limits = FhirReadLimits.DEFAULTS.withMaxDocumentLength(50_000);
    assertThatThrownBy(() -> FhirMapper.parse(text, limits)).hasMessageStartingWith(FhirFormatException.NUMBERS_TOO_LARGE);
    assertThat(FhirMapper.parse(text, limits.withMaxDocumentLength(100_000))).isNotNull();
  }

  @Test
  void anUnpairedSurrogateIsRejectedWithItsLineAndColumn() {
    String name = "CPTS du Bassin de Thau";
    assertThat(JSON).contains(name);
    for (String text : List.of(JSON.replace(name, "\\udc00"), JSON.replace(name, "\\ud800x"), JSON.replace(name, "\\ud800"),
        JSON.replace(name, "\udc00"), XML.replace(name, "\ud800"))) {
      assertThatThrownBy(() -> FhirMapper.fromText(text)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
        assertThat(e.code()).isEqualTo(FhirFormatException.UNPAIRED_SURROGATE);
        assertThat(e.line()).isPositive();
        assertThat(e.getMessage()).contains("line " + e.line() + ", column " + e.column());
      });
    }
    assertThatThrownBy(() -> FhirMapper.fromText(XML.replace(name, "&#xdc00;"))).isInstanceOf(FhirFormatException.class);
  }

  @Test
  void aSurrogatePairIsImportedAndExportedExactly() {
    String name = "CPTS du Bassin de Thau";
    Cpts cpts = FhirMapper.fromText(JSON.replace(name, "\\ud83d\\ude00 \uD83D\uDE00")).cpts();
    assertThat(cpts.name()).isEqualTo("\uD83D\uDE00 \uD83D\uDE00");
    assertThat(FhirMapper.fromText(FhirMapper.toJson(FhirMapper.toBundle(cpts, BundleType.COLLECTION))).cpts()).isEqualTo(cpts);
    assertThat(FhirMapper.fromText(FhirMapper.toXml(FhirMapper.toBundle(cpts, BundleType.COLLECTION))).cpts()).isEqualTo(cpts);
  }

  /** Found by the CLI oracle (issue 17): the parser's internals (HAPI codes, exception names) reached the user. */
  @Test
  void aMalformedXmlBundleIsReportedWithoutTheParsersInternals() {
    String text = XML.replaceFirst("<Organization", "<Unheard").replaceFirst("</Organization>", "</Unheard>");
    assertThatThrownBy(() -> FhirMapper.fromText(text)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0802");
      assertThat(e.getMessage()).contains("XML").contains("line ").doesNotContain("HAPI-").doesNotContain("Exception");
    });
  }
}
