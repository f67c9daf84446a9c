package io.github.cptssdk.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.IdentifierKind;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated {@code String}/{@code CharSequence} must be a French identifier of the given
 * {@linkplain IdentifierKind kind}, as accepted by {@link IdentifierKind#isValid(CharSequence)} (ASCII spaces
 * ignored, like the {@code parse} of the identifier type): e.g. {@code @FrenchId(RPPS) String rpps},
 * {@code @FrenchId(COMMUNE) String inseeCode}. {@code null} is valid: combine with {@code @NotNull} when the
 * value is required.
 *
 * <p>The default message names the kind of identifier and its expected form, never the value: the key
 * {@code io.github.cptssdk.constraints.FrenchId.KIND.message} (e.g. {@code ...FrenchId.RPPS.message}) of the
 * bundle {@code io/github/cptssdk/core/constraints/ConstraintMessages{,_fr}.properties}. A {@link #message()}
 * given on the annotation replaces it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Constraint(validatedBy = FrenchIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(FrenchId.List.class)
public @interface FrenchId {

  /** @return the kind of identifier the value must be */
  IdentifierKind value();

  /** @return the message template; by default the kind's own message (see the type's documentation) */
  String message() default "{io.github.cptssdk.constraints.FrenchId.message}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link FrenchId} constraints on the same element, with different groups. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** @return the constraints */
    FrenchId[] value();
  }
}
