package io.github.cptssdk.core.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.id.RppsNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link Rpps}: {@code null} is valid, otherwise {@link RppsNumber#isValid(CharSequence)}. Stateless. */
@API(status = INTERNAL, since = "0.1")
public final class RppsValidator implements ConstraintValidator<Rpps, CharSequence> {

  /** Creates the validator (called by the Bean Validation provider). */
  public RppsValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || RppsNumber.isValid(value);
  }
}
