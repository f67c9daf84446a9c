package io.github.cptssdk.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.github.cptssdk.core.territory.CommuneReferential;
import jakarta.validation.Validation;
import org.apiguardian.api.API;

/**
 * Architecture rules of the library modules (STYLE.md practice 19), checked on the compiled classes of
 * every module: core, json, indicators, fhir. The CLI and the examples may print; libraries may not.
 */
@AnalyzeClasses(packages = "io.github.cptssdk",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

  /**
   * The test jars of the modules (on the classpath for the cross-module fuzz suites) hold test code: in a reactor
   * {@code verify} they are {@code *-tests.jar} files, which {@link ImportOption.DoNotIncludeTests} does not match.
   */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("-tests.jar");
    }
  }

  private static final String[] LIBRARIES = {
      "io.github.cptssdk.core..", "io.github.cptssdk.json..", "io.github.cptssdk.indicators..", "io.github.cptssdk.fhir..",
      "io.github.cptssdk.registries..", "io.github.cptssdk.desk.."};

  @ArchTest
  static final ArchRule librariesDoNotPrint =
      noClasses().that().resideInAnyPackage(LIBRARIES).should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because("libraries log through SLF4J; only the CLI writes to the console");

  @ArchTest
  static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule librariesThrowSpecificExceptions =
      noClasses().that().resideInAnyPackage(LIBRARIES).should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
          .because("errors are CptsException subclasses with a code, or IllegalArgumentException/NullPointerException");

  @ArchTest
  static final ArchRule coreDependsOnNeitherJacksonNorHapi =
      noClasses().that().resideInAPackage("io.github.cptssdk.core..")
          .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "ca.uhn.fhir..", "org.hl7.fhir..");

  /**
   * One in-memory referential (issue 11): the modules know the communes through cpts-core's
   * {@link CommuneReferential}, whose implementations (the official one and the one built from rows) live in
   * its territory package; no module keeps a table of its own.
   */
  @ArchTest
  static final ArchRule onlyCoreImplementsTheCommuneReferential =
      classes().that().implement(CommuneReferential.class).should().resideInAPackage("io.github.cptssdk.core.territory..")
          .because("the rule \"a city covers its arrondissements\" and the profile are written once, in cpts-core");

  /**
   * Bean Validation is bootstrapped in one place, cpts-core's {@code BeanValidation}, with the model's and the
   * identifier constraints' message bundles (a second bootstrap would miss them and fall back to raw templates).
   */
  @ArchTest
  static final ArchRule beanValidationIsBootstrappedOnce =
      noClasses().that().resideOutsideOfPackage("io.github.cptssdk.core.internal")
          .should().dependOnClassesThat().belongToAnyOf(Validation.class)
          .because("the validator factory and its message bundles are configured once, in core.internal.BeanValidation");

  /**
   * No package cycles inside any module: a slice is one package of a module with its subpackages (so an API
   * package and its own {@code internal} package are one slice), e.g. {@code indicators.csv} with
   * {@code indicators.csv.internal}.
   */
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("io.github.cptssdk.(*).(*)..").should().beFreeOfCycles();

  /** No cycles between the modules either (JPMS forbids them for the modular jars; this covers the CLI too). */
  @ArchTest
  static final ArchRule modulesAreFreeOfCycles =
      slices().matching("io.github.cptssdk.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule publicApiTypesDeclareTheirStability =
      classes().that().resideInAnyPackage(LIBRARIES).and().resideOutsideOfPackage("..internal..")
          .and().arePublic().and().areTopLevelClasses()
          .should().beAnnotatedWith(API.class)
          .because("every public type states whether it is stable (@API)");

  @ArchTest
  static final ArchRule noInternalTypesInPublicSignatures =
      classes().that().resideInAnyPackage(LIBRARIES).and().resideOutsideOfPackage("..internal..").and().arePublic()
          .should(notExposeInternalTypes());

  /** Jackson safety (issue 7): no default typing anywhere. */
  @ArchTest
  static final ArchRule noJacksonDefaultTyping = JacksonRules.NO_DEFAULT_TYPING;

  /** Jackson safety (issue 7): no type id naming a class ({@code @JsonTypeInfo(use = CLASS | MINIMAL_CLASS)}). */
  @ArchTest
  static final ArchRule noJacksonClassTypeIds = JacksonRules.NO_CLASS_TYPE_IDS;

  /** Jackson safety (issue 7): JSON text is parsed by cpts-json only, whose mappers set StreamReadConstraints. */
  @ArchTest
  static final ArchRule jsonIsParsedByCptsJsonOnly = JacksonRules.PARSED_BY_CPTS_JSON_ONLY;

  /** Jackson safety (issue 7): every mapper held in a static field has read limits and no default typing. */
  @ArchTest
  static final ArchRule staticMappersHaveLimits = JacksonRules.STATIC_MAPPERS_HAVE_LIMITS;

  private static ArchCondition<JavaClass> notExposeInternalTypes() {
    return new ArchCondition<>("not expose internal types in public signatures") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) {
            continue;
          }
          java.util.List<JavaClass> used = new java.util.ArrayList<>(unit.getRawParameterTypes());
          used.add(unit.getRawReturnType());
          used.addAll(unit.getExceptionTypes());
          for (JavaClass u : used) {
            if (u.getPackageName().contains(".internal") && u.getPackageName().startsWith("io.github.cptssdk")) {
              events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + u.getName()));
            }
          }
        }
      }
    };
  }
}
