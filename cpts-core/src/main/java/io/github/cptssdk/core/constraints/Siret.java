package io.github.cptssdk.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated {@code String}/{@code CharSequence} must be a SIRET number (14 digits, Luhn key, La Poste rule), as accepted by
 * {@link io.github.cptssdk.core.id.Siret#isValid(CharSequence)} (ASCII spaces ignored). {@code null} is
 * valid: combine with {@code @NotNull} when the value is required.
 *
 * <p>The default message is {@code {io.github.cptssdk.constraints.Siret.message}}, in the bundle
 * {@code io/github/cptssdk/core/constraints/ConstraintMessages{,_fr}.properties}; it names the
 * kind of identifier and the expected form, never the value.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Constraint(validatedBy = SiretValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Siret.List.class)
public @interface Siret {

  /** @return the message template */
  String message() default "{io.github.cptssdk.constraints.Siret.message}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link Siret} constraints on the same element, with different groups. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** @return the constraints */
    Siret[] value();
  }
}
