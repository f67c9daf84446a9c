package io.github.cptssdk.core.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.id.FinessNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link Finess}: {@code null} is valid, otherwise {@link FinessNumber#isValid(CharSequence)}. Stateless. */
@API(status = INTERNAL, since = "0.1")
public final class FinessValidator implements ConstraintValidator<Finess, CharSequence> {

  /** Creates the validator (called by the Bean Validation provider). */
  public FinessValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || FinessNumber.isValid(value);
  }
}
