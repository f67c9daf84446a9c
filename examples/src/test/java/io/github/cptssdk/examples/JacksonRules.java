package io.github.cptssdk.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Jackson rules of issue 7, checked by {@link ArchitectureTest} on the compiled classes of every
 * module: no default typing, no type id naming a class, JSON text parsed only by cpts-json, and every
 * mapper held in a static field with its own {@link StreamReadConstraints} and no default typing.
 */
final class JacksonRules {

  static final Set<String> DEFAULT_TYPING = Set.of("activateDefaultTyping", "activateDefaultTypingAsProperty",
      "enableDefaultTyping", "enableDefaultTypingAsProperty", "setDefaultTyping");
  static final Set<String> READS = Set.of("readValue", "readValues", "readTree", "readerFor", "reader", "readerForUpdating",
      "readerForListOf", "readerForMapOf", "readerForArrayOf", "createParser");

  static final ArchRule NO_DEFAULT_TYPING = noClasses()
      .should().callMethodWhere(call("Jackson default typing", t -> DEFAULT_TYPING.contains(t.getName())))
      .because("default typing lets a document name the class to instantiate");

  static final ArchRule NO_CLASS_TYPE_IDS = classes().should(new ArchCondition<JavaClass>(
      "not use @JsonTypeInfo(use = CLASS or MINIMAL_CLASS)") {
    @Override
    public void check(JavaClass type, ConditionEvents events) {
      List<JavaAnnotation<?>> found = new ArrayList<>(type.getAnnotations());
      type.getFields().forEach(f -> found.addAll(f.getAnnotations()));
      type.getMethods().forEach(m -> found.addAll(m.getAnnotations()));
      type.getConstructors().forEach(c -> c.getParameters().forEach(p -> found.addAll(p.getAnnotations())));
      for (JavaAnnotation<?> a : found) {
        String use = String.valueOf(a.get("use").orElse(""));
        if (a.getRawType().isEquivalentTo(JsonTypeInfo.class) && use.endsWith("CLASS")) {
          events.add(SimpleConditionEvent.violated(type, type.getName() + " has @JsonTypeInfo(use = " + use + ")"));
        }
      }
    }
  });

  // cpts-registries streams the FINESS+ flow (hundreds of MB) with its own JsonFactory, which sets StreamReadConstraints.
  static final ArchRule PARSED_BY_CPTS_JSON_ONLY = noClasses().that().resideOutsideOfPackages("io.github.cptssdk.json..",
          "io.github.cptssdk.registries.finess..")
      .should().callMethodWhere(call("a Jackson read method", t -> READS.contains(t.getName())
          && (t.getOwner().isAssignableTo(ObjectMapper.class) || t.getOwner().isAssignableTo(JsonFactory.class))))
      .because("cpts-json's mappers (and the FINESS+ reader's factory) set StreamReadConstraints; other modules write JSON only");

  static final ArchRule STATIC_MAPPERS_HAVE_LIMITS = fields().that().areStatic()
      .and(DescribedPredicate.describe("hold an ObjectMapper", (JavaField f) -> f.getRawType().isAssignableTo(ObjectMapper.class)))
      .should(new ArchCondition<JavaField>("hold a mapper with read limits and no default typing") {
        @Override
        public void check(JavaField field, ConditionEvents events) {
          String problem = problem(mapperOf(field));
          if (problem != null) {
            events.add(SimpleConditionEvent.violated(field, field.getFullName() + ": " + problem));
          }
        }
      }).allowEmptyShould(false);

  private JacksonRules() {}

  /** @return what is wrong with {@code m}, or null: limits tighter than Jackson's defaults, no default typing */
  static String problem(ObjectMapper m) {
    StreamReadConstraints c = m.getFactory().streamReadConstraints();
    StreamReadConstraints defaults = StreamReadConstraints.defaults();
    if (c.getMaxNestingDepth() >= defaults.getMaxNestingDepth() || c.getMaxStringLength() >= defaults.getMaxStringLength()
        || c.getMaxNumberLength() >= defaults.getMaxNumberLength() || c.getMaxDocumentLength() <= 0) {
      return "StreamReadConstraints left at Jackson's defaults";
    }
    if (m.getDeserializationConfig().getDefaultTyper(m.constructType(Object.class)) != null
        || m.getSerializationConfig().getDefaultTyper(m.constructType(Object.class)) != null) {
      return "default typing enabled";
    }
    return null;
  }

  private static ObjectMapper mapperOf(JavaField f) {
    try {
      Field field = f.reflect();
      field.setAccessible(true);
      return (ObjectMapper) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DescribedPredicate<JavaMethodCall> call(String what, Predicate<MethodCallTarget> p) {
    return DescribedPredicate.describe(what, (JavaMethodCall c) -> p.test(c.getTarget()));
  }
}
