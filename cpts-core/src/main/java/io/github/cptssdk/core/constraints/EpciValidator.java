package io.github.cptssdk.core.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.id.EpciCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link Epci}: {@code null} is valid, otherwise {@link EpciCode#isValid(CharSequence)}. Stateless. */
@API(status = INTERNAL, since = "0.1")
public final class EpciValidator implements ConstraintValidator<Epci, CharSequence> {

  /** Creates the validator (called by the Bean Validation provider). */
  public EpciValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || EpciCode.isValid(value);
  }
}
