package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.fhir.FhirUris;
import java.util.function.Predicate;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;

/**
 * Answers for INSEE commune codes (TRE_R13-CommuneOM and the FR Core value set bound to it), which ANS
 * publishes without their codes ({@code content: not-present}): a code is valid if it has the form of a
 * commune code and the caller's predicate (a lookup in a commune referential, if one is given) accepts
 * it. Without this support every {@code fr-core-address-insee-code} fails its required binding
 * (fhir-mapping.md 2.3, pitfall 4). Immutable, thread-safe if the predicate is.
 */
public final class CommuneValidationSupport implements IValidationSupport {

  private final FhirContext context;
  private final Predicate<CommuneCode> exists;

  public CommuneValidationSupport(FhirContext context, Predicate<CommuneCode> exists) {
    this.context = context;
    this.exists = exists;
  }

  @Override
  public FhirContext getFhirContext() {
    return context;
  }

  @Override
  public String getName() {
    return "cpts-sdk INSEE commune codes";
  }

  @Override
  public boolean isCodeSystemSupported(ValidationSupportContext ctx, String system) {
    return FhirUris.isCommuneSystem(system);
  }

  @Override
  public boolean isValueSetSupported(ValidationSupportContext ctx, String valueSetUrl) {
    return isInseeValueSet(valueSetUrl);
  }

  private static boolean isInseeValueSet(@Nullable String url) {
    return url != null && (url.equals(FhirUris.VS_INSEE_CODE) || url.startsWith(FhirUris.VS_INSEE_CODE + "|"));
  }

  @Override
  public @Nullable CodeValidationResult validateCode(ValidationSupportContext ctx, ConceptValidationOptions options,
      @Nullable String system, @Nullable String code, @Nullable String display, @Nullable String valueSetUrl) {
    boolean ours = system != null && FhirUris.isCommuneSystem(system) || isInseeValueSet(valueSetUrl);
    return ours ? check(system, code) : null;
  }

  @Override
  public @Nullable CodeValidationResult validateCodeInValueSet(ValidationSupportContext ctx,
      ConceptValidationOptions options, @Nullable String system, @Nullable String code, @Nullable String display,
      IBaseResource valueSet) {
    String url = valueSet instanceof ValueSet ? ((ValueSet) valueSet).getUrl() : null;
    return isInseeValueSet(url) ? check(system, code) : null;
  }

  private CodeValidationResult check(@Nullable String system, @Nullable String code) {
    boolean valid = code != null && CommuneCode.isValid(code) && exists.test(CommuneCode.parse(code))
        && (system == null || FhirUris.isCommuneSystem(system));
    if (valid) {
      return new CodeValidationResult().setCode(code).setCodeSystemVersion(null);
    }
    return new CodeValidationResult().setSeverity(IssueSeverity.ERROR)
        .setMessage("Unknown INSEE commune code: expected 5 characters, department then commune number, of an existing commune");
  }
}
