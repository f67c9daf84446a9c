package io.github.cptssdk.core.id;

import java.util.function.Function;
import java.util.function.Predicate;

/** Test helper: the parse and isValid functions of each identifier kind (through {@link IdentifierKind}). */
final class IdTypes {

  private IdTypes() {}

  static Function<CharSequence, Identifier> parser(IdentifierKind kind) {
    return kind::parse;
  }

  static Identifier parse(IdentifierKind kind, CharSequence text) {
    return kind.parse(text);
  }

  static Predicate<CharSequence> validator(IdentifierKind kind) {
    return kind::isValid;
  }

  /** @return the reason {@code text} is rejected for, or null if it is accepted */
  static InvalidIdentifierException.Reason reasonOf(IdentifierKind kind, String text) {
    try {
      parse(kind, text);
      return null;
    } catch (InvalidIdentifierException e) {
      return e.reason();
    }
  }
}
