package io.github.cptssdk.core.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.id.IdentifierKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link FrenchId}: {@code null} is valid, otherwise {@link IdentifierKind#isValid(CharSequence)} of the
 * annotation's kind. A rejected value gets the kind's message unless the annotation names its own. Holds only the
 * annotation's kind and message once initialised.
 */
@API(status = INTERNAL, since = "0.1")
public final class FrenchIdValidator implements ConstraintValidator<FrenchId, CharSequence> {

  private static final String DEFAULT_MESSAGE = "{io.github.cptssdk.constraints.FrenchId.message}";

  private IdentifierKind kind = IdentifierKind.RPPS;
  private @Nullable String kindMessage;

  /** Creates the validator (called by the Bean Validation provider). */
  public FrenchIdValidator() {}

  @Override
  public void initialize(FrenchId constraint) {
    kind = constraint.value();
    kindMessage = DEFAULT_MESSAGE.equals(constraint.message())
        ? "{io.github.cptssdk.constraints.FrenchId." + kind.name() + ".message}"
        : null;
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null || kind.isValid(value)) {
      return true;
    }
    if (kindMessage != null) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(kindMessage).addConstraintViolation();
    }
    return false;
  }
}
