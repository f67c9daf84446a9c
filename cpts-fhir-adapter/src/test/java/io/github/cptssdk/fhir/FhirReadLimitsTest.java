package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.model.Cpts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.junit.jupiter.api.Test;

/**
 * {@link FhirReadLimits}: each limit reads a text exactly at the limit and rejects one over it with its
 * code (CPTS-0830..0832), line and column, for JSON and XML; the defaults read every bundle we write.
 */
class FhirReadLimitsTest {

  private static final String MARKER = "ZQXJMARKER";

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Bundle> bundles = Arbitraries.oneOf(CptsArbitraries.cpts(), io.github.cptssdk.core.testing.ModelArbitraries.cpts())
        .flatMap(c -> Arbitraries.of(BundleType.COLLECTION, BundleType.TRANSACTION).map(t -> FhirMapper.toBundle(c, t)));
    return bundles.flatMap(b -> Arbitraries.of(FhirMapper.toJson(b), FhirMapper.toXml(b)));
  }

  @Property(tries = 40)
  void theDefaultsReadEveryBundleWeWrite(@ForAll("texts") String text) {
    Cpts expected = FhirMapper.fromText(text, limitsOf(text)).cpts();
    assertThat(FhirMapper.fromText(text, FhirReadLimits.DEFAULTS).cpts()).isEqualTo(expected);
    TextShape shape = TextShape.of(text);
    assertThat(text.length()).isLessThan(FhirReadLimits.DEFAULTS.maxDocumentLength() / 100);
    assertThat(shape.depth()).isLessThanOrEqualTo(FhirReadLimits.DEFAULTS.maxNestingDepth() / 4);
    assertThat(shape.longestString()).isLessThan(FhirReadLimits.DEFAULTS.maxStringLength() / 100);
  }

  @Property(tries = 25)
  void eachLimitReadsAtItsValueAndRejectsOneMore(@ForAll("texts") String text) {
    FhirReadLimits exact = limitsOf(text);
    assertThat(FhirMapper.parse(text, exact)).isInstanceOf(Bundle.class);
    assertRejected(text, exact.withMaxDocumentLength(text.length() - 1), FhirFormatException.TOO_LONG);
    assertRejected(text, exact.withMaxNestingDepth(exact.maxNestingDepth() - 1), FhirFormatException.TOO_DEEP);
    assertRejected(text, exact.withMaxStringLength(exact.maxStringLength() - 1), FhirFormatException.STRING_TOO_LONG);
  }

  /** The tightest limits that read {@code text}, measured by the independent oracle. */
  private static FhirReadLimits limitsOf(String text) {
    TextShape shape = TextShape.of(text);
    return new FhirReadLimits(text.length(), shape.depth(), shape.longestString());
  }

  private static void assertRejected(String text, FhirReadLimits limits, String code) {
    assertThatThrownBy(() -> FhirMapper.fromText(text, limits)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.getMessage()).startsWith(code + ": ").contains(text.startsWith("<") ? "XML" : "JSON");
      if (!code.equals(FhirFormatException.TOO_LONG)) {
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).contains("line " + e.line() + ", column " + e.column());
      }
    });
  }

  /** JSON: 8 values before the entries, one per empty entry; XML: one per element and per attribute. */
  @Test
  void theValuesAreCountedJustAtAndAboveTheLimitInJsonAndXml() {
    String json = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{}" + ",{}".repeat(99) + "]}";
    String xml = "<Basic xmlns=\"http://hl7.org/fhir\">"
        + "<extension url=\"u\"><valueInteger value=\"1\"/></extension>".repeat(25) + "</Basic>";
    FhirReadLimits limits = FhirReadLimits.DEFAULTS;
    assertThat(FhirMapper.parse(json, limits.withMaxValues(107))).isInstanceOf(Bundle.class);
    assertRejected(json, limits.withMaxValues(106), FhirFormatException.TOO_MANY_VALUES);
    assertThat(FhirMapper.parse(xml, limits.withMaxValues(101))).isInstanceOf(Basic.class);
    assertRejected(xml, limits.withMaxValues(100), FhirFormatException.TOO_MANY_VALUES);
  }

  @Test
  void oneValueOverTheDefaultIsRejectedBeforeParsing() {
    // 8 values up to the first entry, then one more per entry: the default plus one
    String json = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{}"
        + ",{}".repeat(FhirReadLimits.DEFAULT_MAX_VALUES - 7) + "]}";
    assertRejected(json, FhirReadLimits.DEFAULTS, FhirFormatException.TOO_MANY_VALUES);
  }

  @Test
  void aLongStringIsMeasuredJustBelowAtAndAboveTheLimit() {
    Bundle bundle = FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION);
    bundle.getIdentifier().setValue(MARKER.repeat(2_000));
    for (String text : new String[] {FhirMapper.toJson(bundle), FhirMapper.toXml(bundle)}) {
      FhirReadLimits limits = FhirReadLimits.DEFAULTS;
      assertThat(FhirMapper.fromText(text, limits.withMaxStringLength(20_001)).cpts()).isEqualTo(Examples.thau());
      assertThat(FhirMapper.fromText(text, limits.withMaxStringLength(20_000)).cpts()).isEqualTo(Examples.thau());
      assertRejected(text, limits.withMaxStringLength(19_999), FhirFormatException.STRING_TOO_LONG);
    }
  }

  @Test
  void jsonEscapesCountAsOneCharacter() {
    String value = "\\u00e9\\n".repeat(50);
    String json = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"id\": \"x\", \"meta\": {\"tag\": [{\"display\": \"" + value + "\"}]}}";
    assertThat(FhirMapper.parse(json, FhirReadLimits.DEFAULTS.withMaxStringLength(100))).isInstanceOf(Bundle.class);
    assertRejected(json, FhirReadLimits.DEFAULTS.withMaxStringLength(99), FhirFormatException.STRING_TOO_LONG);
  }

  @Test
  void nestingBeyondTheDefaultIsRejectedWhereItCrossesTheLimit() {
    String json = "{\n\"resourceType\": \"Bundle\",\n\"x\": " + "[".repeat(70) + "]".repeat(70) + "}";
    assertThatThrownBy(() -> FhirMapper.fromText(json)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0831");
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isEqualTo(6 + 63);
      assertThat(e.getMessage()).isEqualTo("CPTS-0831: the FHIR JSON text is nested too deeply at line 3, column 69; expected at most 64 levels");
    });
    String xml = "<Bundle xmlns=\"http://hl7.org/fhir\">" + "<a>".repeat(70) + "</a>".repeat(70) + "</Bundle>";
    assertThatThrownBy(() -> FhirMapper.parse(xml)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0831");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.getMessage()).endsWith("expected at most 64 levels");
    });
  }

  @Test
  void aTooLongTextIsRejectedBeforeParsingWithTheLimitWithoutDigitGrouping() {
    String text = "{\"resourceType\": \"Bundle\"}" + " ".repeat(2_000);
    assertThatThrownBy(() -> FhirMapper.parse(text, FhirReadLimits.DEFAULTS.withMaxDocumentLength(1_500)))
        .isInstanceOf(FhirFormatException.class)
        .hasMessage("CPTS-0830: the FHIR text (JSON) is too long; expected at most 1500 characters");
  }

  @Test
  void messagesNeverHoldTheContent() {
    String json = "{\"resourceType\": \"Bundle\", \"" + MARKER + "\": \"" + MARKER.repeat(20) + "\"}";
    String xml = "<Bundle xmlns=\"http://hl7.org/fhir\"><id value=\"" + MARKER.repeat(20) + "\"/></Bundle>";
    String xmlText = "<Bundle xmlns=\"http://hl7.org/fhir\"><text><div xmlns=\"http://www.w3.org/1999/xhtml\">"
        + MARKER.repeat(20) + "</div></text></Bundle>";
    for (String text : new String[] {json, xml, xmlText}) {
      assertThatThrownBy(() -> FhirMapper.fromText(text, FhirReadLimits.DEFAULTS.withMaxStringLength(100)))
          .isInstanceOfSatisfying(FhirFormatException.class, e -> {
            assertThat(e.code()).isEqualTo("CPTS-0832");
            assertThat(e.getMessage()).doesNotContain(MARKER).doesNotContain(MARKER.substring(0, 5));
            assertThat(e.getCause()).isNull();
          });
    }
  }

  @Test
  void malformedTextIsStillAFormatErrorAfterTheScan() {
    assertThatThrownBy(() -> FhirMapper.fromText("{\"resourceType\": \"Bundle\", \"id\": \"unterminated"))
        .isInstanceOfSatisfying(FhirFormatException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0802"));
    assertThatThrownBy(() -> FhirMapper.fromText("<Bundle xmlns=\"http://hl7.org/fhir\"><id value=\"x\"></Bundle>"))
        .isInstanceOfSatisfying(FhirFormatException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0802"));
  }

  @Test
  void everyLimitMustBePositive() {
    assertThatThrownBy(() -> new FhirReadLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FhirReadLimits.DEFAULTS.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FhirReadLimits.DEFAULTS.withMaxStringLength(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(FhirReadLimits.DEFAULTS.withMaxDocumentLength(1).maxDocumentLength()).isEqualTo(1);
    assertThat(FhirReadLimits.DEFAULTS).isEqualTo(new FhirReadLimits(64 * 1024 * 1024, 64, 1024 * 1024));
    assertThatThrownBy(() -> new FhirFormatException("CPTS-0802", "JSON", 1, 1, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
