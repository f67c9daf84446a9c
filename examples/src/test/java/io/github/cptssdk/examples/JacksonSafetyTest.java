package io.github.cptssdk.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.InvalidDocumentException;
import io.github.cptssdk.json.contract.ContractJson;
import io.github.cptssdk.json.contract.ContractJsonException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jackson is used safely (issue 7): no default typing, no polymorphic deserialisation into a class named
 * by the input, and every mapper that reads input has {@link StreamReadConstraints} of its own. JSON text
 * is parsed only by cpts-json, so that its mappers are the only ones to inspect; the CLI's mappers write.
 */
class JacksonSafetyTest {

  private static final Set<String> DEFAULT_TYPING = Set.of(
      "activateDefaultTyping", "activateDefaultTypingAsProperty", "enableDefaultTyping", "enableDefaultTypingAsProperty",
      "setDefaultTyping");
  private static final Set<String> READS = Set.of("readValue", "readValues", "readTree", "readerFor", "reader",
      "readerForUpdating", "readerForListOf", "readerForMapOf", "readerForArrayOf", "createParser");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.cptssdk");
  }

  @Test
  void noDefaultTyping() {
    noClasses().should().callMethodWhere(call("Jackson default typing", c -> DEFAULT_TYPING.contains(c.getName())))
        .check(classes);
  }

  @Test
  void noTypeIdNamingAClass() {
    ArchCondition<JavaClass> noClassTypeIds = new ArchCondition<>("not use @JsonTypeInfo(use = CLASS or MINIMAL_CLASS)") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<JavaAnnotation<?>> found = new ArrayList<>(type.getAnnotations());
        type.getFields().forEach(f -> found.addAll(f.getAnnotations()));
        type.getMethods().forEach(m -> found.addAll(m.getAnnotations()));
        for (JavaAnnotation<?> a : found) {
          if (a.getRawType().isEquivalentTo(JsonTypeInfo.class)) {
            Object use = a.get("use").orElse(null);
            String name = String.valueOf(use);
            if (name.endsWith("CLASS")) {
              events.add(SimpleConditionEvent.violated(type, type.getName() + " has @JsonTypeInfo(use = " + name + ")"));
            }
          }
        }
      }
    };
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().should(noClassTypeIds).check(classes);
  }

  @Test
  void jsonTextIsParsedOnlyByCptsJson() {
    noClasses().that().resideOutsideOfPackage("io.github.cptssdk.json..")
        .should().callMethodWhere(call("a Jackson read method", c -> READS.contains(c.getName())
            && (c.getOwner().isAssignableTo(ObjectMapper.class)
            || c.getOwner().isAssignableTo(com.fasterxml.jackson.core.JsonFactory.class))))
        .because("cpts-json's mappers set StreamReadConstraints; use CptsJson.mapper() to read JSON")
        .check(classes);
  }

  @Test
  void everyMapperOfCptsJsonHasItsOwnLimitsAndNoDefaultTyping() throws Exception {
    List<ObjectMapper> mappers = new ArrayList<>(List.of(CptsJson.mapper(), CptsJson.codec().mapper()));
    for (JavaClass c : classes) {
      for (JavaField f : c.getFields()) {
        if (f.getModifiers().contains(JavaModifier.STATIC) && f.getRawType().isAssignableTo(ObjectMapper.class)) {
          Field field = f.reflect();
          field.setAccessible(true);
          mappers.add((ObjectMapper) field.get(null));
        }
      }
    }
    assertThat(mappers).hasSizeGreaterThanOrEqualTo(3);
    StreamReadConstraints jacksonDefaults = StreamReadConstraints.defaults();
    for (ObjectMapper m : mappers) {
      StreamReadConstraints c = m.getFactory().streamReadConstraints();
      assertThat(c.getMaxNestingDepth()).as("nesting").isLessThan(jacksonDefaults.getMaxNestingDepth());
      assertThat(c.getMaxStringLength()).as("string").isLessThan(jacksonDefaults.getMaxStringLength());
      assertThat(c.getMaxNumberLength()).as("number").isLessThan(jacksonDefaults.getMaxNumberLength());
      assertThat(c.getMaxDocumentLength()).as("document").isPositive();
      assertThat(m.getDeserializationConfig().getDefaultTyper(m.constructType(Object.class))).as("default typing").isNull();
      assertThat(m.getSerializationConfig().getDefaultTyper(m.constructType(Object.class))).as("default typing").isNull();
    }
  }

  @Test
  void aClassNamedByTheInputIsNeverInstantiated() {
    String gadget = "{\"format\": \"cpts-document/1\", \"@class\": \"java.lang.ProcessBuilder\", \"id\": \"x\"}";
    assertThatThrownBy(() -> CptsJson.readString(gadget)).isInstanceOf(InvalidDocumentException.class);
    String contract = "{\"schema\": \"cpts-aci-contract/1\", \"@class\": \"java.net.URL\", \"cptsId\": \"x\"}";
    assertThatThrownBy(() -> ContractJson.readContract(contract)).isInstanceOf(ContractJsonException.class);
  }

  @Test
  void contractReadingHasLimits() {
    String deep = "[".repeat(2_000) + "]".repeat(2_000);
    assertThatThrownBy(() -> ContractJson.readContract(deep)).isInstanceOf(ContractJsonException.class);
    String longNumber = "{\"schema\": \"cpts-aci-contract/1\", \"population\": " + "9".repeat(5_000) + "}";
    assertThatThrownBy(() -> ContractJson.readContract(longNumber)).isInstanceOf(ContractJsonException.class)
        .hasMessageStartingWith("CPTS-0650");
  }

  private static DescribedPredicate<JavaMethodCall> call(String what, java.util.function.Predicate<com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget> p) {
    return DescribedPredicate.describe(what, c -> p.test(c.getTarget()));
  }
}
