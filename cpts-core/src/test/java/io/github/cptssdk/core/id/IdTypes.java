package io.github.cptssdk.core.id;

import java.util.function.Function;
import java.util.function.Predicate;

/** Test helper: the parse and isValid functions of each identifier kind. */
final class IdTypes {

  private IdTypes() {}

  static Function<CharSequence, Identifier> parser(IdentifierKind kind) {
    return switch (kind) {
      case RPPS -> RppsNumber::parse;
      case ADELI -> AdeliNumber::parse;
      case FINESS -> FinessNumber::parse;
      case SIREN -> Siren::parse;
      case SIRET -> Siret::parse;
      case COMMUNE -> CommuneCode::parse;
      case EPCI -> EpciCode::parse;
    };
  }

  static Identifier parse(IdentifierKind kind, CharSequence text) {
    return parser(kind).apply(text);
  }

  static Predicate<CharSequence> validator(IdentifierKind kind) {
    return switch (kind) {
      case RPPS -> RppsNumber::isValid;
      case ADELI -> AdeliNumber::isValid;
      case FINESS -> FinessNumber::isValid;
      case SIREN -> Siren::isValid;
      case SIRET -> Siret::isValid;
      case COMMUNE -> CommuneCode::isValid;
      case EPCI -> EpciCode::isValid;
    };
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
