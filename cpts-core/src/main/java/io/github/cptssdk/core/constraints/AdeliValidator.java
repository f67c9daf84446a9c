package io.github.cptssdk.core.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.id.AdeliNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link Adeli}: {@code null} is valid, otherwise {@link AdeliNumber#isValid(CharSequence)}. Stateless. */
@API(status = INTERNAL, since = "0.1")
public final class AdeliValidator implements ConstraintValidator<Adeli, CharSequence> {

  /** Creates the validator (called by the Bean Validation provider). */
  public AdeliValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || AdeliNumber.isValid(value);
  }
}
