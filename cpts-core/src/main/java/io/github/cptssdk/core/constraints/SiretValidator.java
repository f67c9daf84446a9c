package io.github.cptssdk.core.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link Siret}: {@code null} is valid, otherwise {@link io.github.cptssdk.core.id.Siret#isValid(CharSequence)}. Stateless. */
@API(status = INTERNAL, since = "0.1")
public final class SiretValidator implements ConstraintValidator<Siret, CharSequence> {

  /** Creates the validator (called by the Bean Validation provider). */
  public SiretValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || io.github.cptssdk.core.id.Siret.isValid(value);
  }
}
