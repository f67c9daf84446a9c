package io.github.cptssdk.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad input never crashes with a bare NullPointerException: null is a caller error named by its
 * parameter, every other bad text is an {@link InvalidIdentifierException} with a code.
 */
class BadInputTest {

  /** A valid text of each kind, used to build bad variants. */
  private static String validText(IdentifierKind kind) {
    return switch (kind) {
      case RPPS -> "10000000009";
      case ADELI, FINESS -> "750712184";
      case SIREN, EPCI -> "732829320";
      case SIRET -> "73282932000074";
      case COMMUNE -> "2A004";
    };
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void theValidTextOfEachKindIsAccepted(IdentifierKind kind) {
    assertThat(IdTypes.parse(kind, validText(kind)).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void nullIsNamedAndNotValid(IdentifierKind kind) {
    assertThatThrownBy(() -> IdTypes.parse(kind, null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThat(IdTypes.validator(kind).test(null)).isFalse();
  }

  @Test
  void nullInCanonicalConstructorsIsNamed() {
    assertThatThrownBy(() -> new RppsNumber(null)).hasMessage("value");
    assertThatThrownBy(() -> new FinessNumber(null)).hasMessage("value");
    assertThatThrownBy(() -> new CommuneCode(null)).hasMessage("value");
    assertThatThrownBy(() -> new EpciCode(null)).hasMessage("siren");
    assertThatThrownBy(() -> RppsNumber.withComputedKey(null)).hasMessage("payload");
    assertThatThrownBy(() -> Siret.of(null, "0001")).hasMessage("siren");
    assertThatThrownBy(() -> new InvalidIdentifierException(null, Reason.FORMAT)).hasMessage("kind");
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void emptyBlankAndOtherWhitespaceAreFormatErrors(IdentifierKind kind) {
    String v = validText(kind);
    for (String bad : new String[] {"", " ", "     ", "\t" + v, v + "\n", v.charAt(0) + "\u00A0" + v.substring(1)}) {
      assertRejected(kind, bad, Reason.FORMAT);
    }
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void tooLongAndTooShortAreFormatErrors(IdentifierKind kind) {
    String v = validText(kind);
    assertRejected(kind, v + "0", Reason.FORMAT);
    assertRejected(kind, v.substring(1), Reason.FORMAT);
    assertRejected(kind, v.repeat(50), Reason.FORMAT);
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void unicodeDigitsOtherThanAsciiAreFormatErrors(IdentifierKind kind) {
    String v = validText(kind);
    assertRejected(kind, shift(v, '\u0660'), Reason.FORMAT); // Arabic-Indic digits
    assertRejected(kind, shift(v, '\uFF10'), Reason.FORMAT); // full-width digits
    assertRejected(kind, v.substring(0, v.length() - 1) + '\u0664', Reason.FORMAT);
  }

  @Test
  void lowerCaseCorsicaIsReadAsUpperCase() {
    assertThat(CommuneCode.parse("2a004").value()).isEqualTo("2A004");
    assertThat(CommuneCode.parse("2b033")).isEqualTo(CommuneCode.parse("2B033"));
    FinessNumber corsican = FinessNumber.withComputedKey("2A000001");
    assertThat(FinessNumber.parse(corsican.value().toLowerCase(java.util.Locale.ROOT))).isEqualTo(corsican);
    assertRejected(IdentifierKind.COMMUNE, "2c004", Reason.FORMAT);
    assertRejected(IdentifierKind.COMMUNE, "2ª004", Reason.FORMAT);
  }

  @Test
  void departmentsThatDoNotExistAreRangeErrors() {
    assertRejected(IdentifierKind.FINESS, "200000000", Reason.RANGE);
    assertRejected(IdentifierKind.ADELI, "000000000", Reason.RANGE);
    assertThatThrownBy(() -> FinessNumber.withComputedKey("20000000"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0003"));
    assertThatThrownBy(() -> AdeliNumber.withComputedKey("2C000000"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0001"));
  }

  @Test
  void factoriesRejectBadPayloads() {
    assertThatThrownBy(() -> RppsNumber.withComputedKey("123")).isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(() -> Siren.withComputedKey("1234567a")).isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(() -> Siret.of(Siren.parse("732829320"), "12345"))
        .isInstanceOf(InvalidIdentifierException.class);
  }

  private static String shift(String ascii, char zero) {
    StringBuilder sb = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
    }
    return sb.toString();
  }

  private static void assertRejected(IdentifierKind kind, String text, Reason reason) {
    assertThatThrownBy(() -> IdTypes.parse(kind, text))
        .as("%s [%s]", kind, text)
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.code()).isEqualTo(reason.code());
          assertThat(e.kind()).isEqualTo(kind);
        });
    assertThat(IdTypes.validator(kind).test(text)).isFalse();
  }
}
