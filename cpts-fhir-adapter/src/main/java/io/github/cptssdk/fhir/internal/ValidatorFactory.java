package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import io.github.cptssdk.core.id.CommuneCode;
import java.util.function.Predicate;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * Builds the HAPI validator: our supports first (INSEE communes, project conformance, the loaded FR
 * packages), then HAPI's base definitions and terminology services, all offline (fhir-mapping.md 2.3,
 * pitfalls 3 and 8).
 */
public final class ValidatorFactory {

  private ValidatorFactory() {}

  public static FhirValidator build(NpmPackageValidationSupport packages, Predicate<CommuneCode> communes) {
    FhirContext ctx = Contexts.r4();
    DefaultProfileValidationSupport core = new DefaultProfileValidationSupport(ctx);
    PrePopulatedValidationSupport project = ProjectConformance.support(ctx);
    ValidationSupportChain chain = new ValidationSupportChain(
        new CommuneValidationSupport(ctx, communes),
        new CoreVersionAliasSupport(core, project),
        project,
        new MeasureValidationSupport(ctx),
        packages,
        new FrCore110GapSupport(packages, core),
        new FrCoreDependencyGapSupport(packages, core),
        core,
        new CommonCodeSystemsTerminologyService(ctx),
        new InMemoryTerminologyServerValidationSupport(ctx),
        new SnapshotGeneratingValidationSupport(ctx));
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    module.setNoTerminologyChecks(false);
    return ctx.newValidator().registerValidatorModule(module);
  }
}
