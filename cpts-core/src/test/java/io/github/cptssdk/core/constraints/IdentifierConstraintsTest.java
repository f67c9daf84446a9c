package io.github.cptssdk.core.constraints;

import static io.github.cptssdk.core.id.IdentifierKind.ADELI;
import static io.github.cptssdk.core.id.IdentifierKind.COMMUNE;
import static io.github.cptssdk.core.id.IdentifierKind.EPCI;
import static io.github.cptssdk.core.id.IdentifierKind.FINESS;
import static io.github.cptssdk.core.id.IdentifierKind.RPPS;
import static io.github.cptssdk.core.id.IdentifierKind.SIREN;
import static io.github.cptssdk.core.id.IdentifierKind.SIRET;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.Test;

/** The identifier constraints on a user's DTO, with Hibernate Validator and the EN/FR messages. */
class IdentifierConstraintsTest {

  static final String BUNDLE = "io.github.cptssdk.core.constraints.ConstraintMessages";

  /** A user's DTO: identifiers held as text. */
  record Member(
      @FrenchId(RPPS) String rpps, @FrenchId(ADELI) String adeli, @FrenchId(FINESS) String finess,
      @FrenchId(SIREN) String siren, @FrenchId(SIRET) CharSequence siret, @FrenchId(COMMUNE) String commune,
      @FrenchId(EPCI) String epci) {}

  /** A DTO whose constraint names its own message. */
  record Custom(@FrenchId(value = RPPS, message = "{custom}") String rpps) {}

  static final Member VALID = new Member("10000000009", "750712184", "750712184", "732829320",
      "73282932000074", "2A004", "200046977");

  static final Member INVALID = new Member("10000000008", "75071218", "750712185", "732829321",
      "73282932000075", "20004", "20004697X");

  /**
   * Interpolates from the constraint bundle only, without an EL implementation (none on the class path:
   * {@code ResourceBundleMessageInterpolator} would need one); parameters are left as they are.
   */
  static final class BundleInterpolator extends AbstractMessageInterpolator {
    BundleInterpolator(Locale locale) {
      super(new PlatformResourceBundleLocator(BUNDLE), Set.of(locale), locale, context -> locale, false);
    }

    @Override
    protected String interpolate(Context context, Locale locale, String term) {
      return term;
    }
  }

  static Validator validator(Locale locale) {
    return Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new BundleInterpolator(locale))
        .buildValidatorFactory().getValidator();
  }

  static Set<String> messages(Member member, Locale locale) {
    return validator(locale).validate(member).stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.toSet());
  }

  @Test
  void validIdentifiersAndNullsPass() {
    assertThat(validator(Locale.ROOT).validate(VALID)).isEmpty();
    assertThat(validator(Locale.ROOT).validate(new Member(null, null, null, null, null, null, null))).isEmpty();
  }

  @Test
  void spacedIdentifiersPassLikeParse() {
    Member spaced = new Member("100 000 000 09", "75 071 218 4", "75 071 218 4", "732 829 320",
        "732 829 320 00074", "2a004", "200 046 977");
    assertThat(validator(Locale.ROOT).validate(spaced)).isEmpty();
  }

  @Test
  void everyInvalidIdentifierIsReportedOnItsField() {
    Set<ConstraintViolation<Member>> violations = validator(Locale.ROOT).validate(INVALID);
    assertThat(violations).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("rpps", "adeli", "finess", "siren", "siret", "commune", "epci");
    assertThat(violations).allSatisfy(v -> assertThat(v.getMessageTemplate()).startsWith("{io.github.cptssdk.constraints."));
  }

  @Test
  void englishMessagesNameTheKindAndTheExpectedForm() {
    assertThat(messages(INVALID, Locale.ROOT)).containsExactlyInAnyOrder(
        "rpps: must be an RPPS number: 11 digits, the last one a Luhn check digit",
        "adeli: must be an ADELI number: 9 characters, the department first (2A/2B for Corsica), the last one a check digit",
        "finess: must be a FINESS number: 9 characters, the department first (2A/2B for Corsica), the last one a check digit",
        "siren: must be a SIREN number: 9 digits, the last one a Luhn check digit",
        "siret: must be a SIRET number: 14 digits, a valid SIREN then the NIC, Luhn-checked",
        "commune: must be an INSEE commune code: 5 characters, the department (01 to 95, 2A, 2B, 971 to 989) then the commune number",
        "epci: must be an EPCI code: the 9-digit SIREN of the EPCI, the last one a Luhn check digit");
  }

  @Test
  void frenchMessagesNameTheKindAndTheExpectedForm() {
    assertThat(messages(INVALID, Locale.FRENCH)).containsExactlyInAnyOrder(
        "rpps: doit être un numéro RPPS : 11 chiffres, le dernier étant une clé de Luhn",
        "adeli: doit être un numéro ADELI : 9 caractères, le département d’abord (2A/2B pour la Corse), le dernier étant une clé",
        "finess: doit être un numéro FINESS : 9 caractères, le département d’abord (2A/2B pour la Corse), le dernier étant une clé",
        "siren: doit être un numéro SIREN : 9 chiffres, le dernier étant une clé de Luhn",
        "siret: doit être un numéro SIRET : 14 chiffres, un SIREN valide puis le NIC, contrôlés par Luhn",
        "commune: doit être un code commune INSEE : 5 caractères, le département (01 à 95, 2A, 2B, 971 à 989) puis le numéro de la commune",
        "epci: doit être un code EPCI : le SIREN de 9 chiffres de l’EPCI, le dernier étant une clé de Luhn");
  }

  @Test
  void everyKindHasItsOwnTemplate() {
    assertThat(validator(Locale.ROOT).validate(INVALID)).extracting(ConstraintViolation::getMessageTemplate)
        .containsExactlyInAnyOrder("{io.github.cptssdk.constraints.FrenchId.RPPS.message}",
            "{io.github.cptssdk.constraints.FrenchId.ADELI.message}",
            "{io.github.cptssdk.constraints.FrenchId.FINESS.message}",
            "{io.github.cptssdk.constraints.FrenchId.SIREN.message}",
            "{io.github.cptssdk.constraints.FrenchId.SIRET.message}",
            "{io.github.cptssdk.constraints.FrenchId.COMMUNE.message}",
            "{io.github.cptssdk.constraints.FrenchId.EPCI.message}");
  }

  @Test
  void aMessageGivenOnTheAnnotationReplacesTheKindsOwn() {
    assertThat(validator(Locale.ROOT).validate(new Custom("10000000008")))
        .extracting(ConstraintViolation::getMessageTemplate).containsExactly("{custom}");
    assertThat(validator(Locale.ROOT).validate(new Custom("10000000009"))).isEmpty();
  }

  @Test
  void messagesNeverContainTheRejectedValue() {
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.FRENCH}) {
      assertThat(validator(locale).validate(INVALID)).allSatisfy(
          v -> assertThat(v.getMessage()).doesNotContain(String.valueOf(v.getInvalidValue())));
    }
  }
}
