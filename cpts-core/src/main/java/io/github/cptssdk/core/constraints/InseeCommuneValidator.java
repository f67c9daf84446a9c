package io.github.cptssdk.core.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.id.CommuneCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link InseeCommune}: {@code null} is valid, otherwise {@link CommuneCode#isValid(CharSequence)}. Stateless. */
@API(status = INTERNAL, since = "0.1")
public final class InseeCommuneValidator implements ConstraintValidator<InseeCommune, CharSequence> {

  /** Creates the validator (called by the Bean Validation provider). */
  public InseeCommuneValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || CommuneCode.isValid(value);
  }
}
