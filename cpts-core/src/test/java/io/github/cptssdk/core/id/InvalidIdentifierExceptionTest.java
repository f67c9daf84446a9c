package io.github.cptssdk.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import io.github.cptssdk.core.validation.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Messages of {@link InvalidIdentifierException}: code, kind, expected form, in English and French. */
class InvalidIdentifierExceptionTest {

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void everyKindHasANameAndAnExpectedFormInBothLanguages(IdentifierKind kind) {
    assertThat(kind.displayName().en()).isNotBlank().isNotEqualTo(kind.displayName().fr());
    assertThat(kind.expectedForm().en()).isNotBlank().isNotEqualTo(kind.expectedForm().fr());
    assertThat(kind.english()).isEqualTo(kind.displayName().en());
    assertThat(kind.french()).isEqualTo(kind.displayName().fr());
    assertThat(kind.expected()).isEqualTo(kind.expectedForm().en());
  }

  @ParameterizedTest
  @EnumSource(IdentifierKind.class)
  void messagesNameTheKindAndTheExpectedFormForEveryReason(IdentifierKind kind) {
    for (Reason reason : Reason.values()) {
      InvalidIdentifierException e = new InvalidIdentifierException(kind, reason);
      LocalizedText text = e.localizedMessage();
      assertThat(e.code()).isEqualTo(reason.code()).matches("CPTS-00\\d\\d");
      assertThat(e.getMessage()).isEqualTo(reason.code() + ": " + text.en());
      assertThat(text.en()).contains(kind.displayName().en(), kind.expectedForm().en());
      assertThat(text.fr()).contains(kind.displayName().fr(), kind.expectedForm().fr());
      assertThat(text.fr()).doesNotContain("{0}", "{1}");
    }
  }

  @Test
  void exampleMessages() {
    InvalidIdentifierException e = new InvalidIdentifierException(IdentifierKind.RPPS, Reason.CHECK_KEY);
    assertThat(e.getMessage()).isEqualTo(
        "CPTS-0002: invalid RPPS number: the check key does not match; expected 11 digits, the last one a Luhn check digit");
    assertThat(e.localizedMessage().fr()).isEqualTo(
        "numéro RPPS invalide : la clé de contrôle ne correspond pas ; attendu : 11 chiffres, le dernier étant une clé de Luhn");
  }

  @Test
  void reasonsHaveDistinctStableCodes() {
    assertThat(Reason.FORMAT.code()).isEqualTo("CPTS-0001");
    assertThat(Reason.CHECK_KEY.code()).isEqualTo("CPTS-0002");
    assertThat(Reason.RANGE.code()).isEqualTo("CPTS-0003");
  }

  @Test
  void survivesSerialization() throws Exception {
    InvalidIdentifierException e = new InvalidIdentifierException(IdentifierKind.FINESS, Reason.RANGE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      InvalidIdentifierException copy = (InvalidIdentifierException) in.readObject();
      assertThat(copy.kind()).isEqualTo(IdentifierKind.FINESS);
      assertThat(copy.reason()).isEqualTo(Reason.RANGE);
      assertThat(copy.getMessage()).isEqualTo(e.getMessage());
      assertThat(copy.localizedMessage()).isEqualTo(e.localizedMessage());
    }
  }
}
