package io.github.cptssdk.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.validation.LocalizedText;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.resourceloading.AggregateResourceBundleLocator;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * Bean Validation (Hibernate Validator) for the cpts-core model, mapped into {@link ValidationReport}s.
 *
 * <p>Bootstrap: no XML configuration, no service-loader lookup, {@link CptsMessageInterpolator} (no
 * expression language) over the model bundle {@value #MODEL_BUNDLE} and, when present, the identifier
 * constraint bundle {@value #CONSTRAINTS_BUNDLE}. Each {@link ConstraintViolation} becomes an ERROR
 * issue: path from the property path ({@code professionals[3].rpps}), a stable code (the message key
 * when it is a code, otherwise one per constraint type), and the message in English and French.
 *
 * <p>The factory is built once, on first use; the instance is immutable and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class BeanValidation {

  /** Messages of the model, keyed by code and by Jakarta constraint message key. */
  public static final String MODEL_BUNDLE = "io.github.cptssdk.core.model.messages";

  /** Jakarta constraint message keys of the model, mapped to codes of {@link #MODEL_BUNDLE}. */
  public static final String TEMPLATES_BUNDLE = "io.github.cptssdk.core.model.ValidationMessages";

  /** Messages of the identifier constraints ({@code @FrenchId}), in the constraint package. */
  public static final String CONSTRAINTS_BUNDLE = "io.github.cptssdk.core.constraints.ConstraintMessages";

  /**
   * Codes by constraint: standard ones CPTS-0150..0154; {@code @FrenchId} by the kind it names (its {@code value}),
   * 0156..0162; others 0155. By name, so that this package depends on neither the constraint nor the id package.
   */
  private static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("NotBlank", "CPTS-0150"), Map.entry("Size", "CPTS-0151"), Map.entry("NotNull", "CPTS-0152"),
      Map.entry("Email", "CPTS-0153"), Map.entry("Pattern", "CPTS-0154"), Map.entry("FrenchId.RPPS", "CPTS-0156"),
      Map.entry("FrenchId.ADELI", "CPTS-0157"), Map.entry("FrenchId.FINESS", "CPTS-0158"),
      Map.entry("FrenchId.SIREN", "CPTS-0159"), Map.entry("FrenchId.SIRET", "CPTS-0160"),
      Map.entry("FrenchId.COMMUNE", "CPTS-0161"), Map.entry("FrenchId.EPCI", "CPTS-0162"));

  static final String OTHER_CONSTRAINT = "CPTS-0155";

  private static final Pattern CODE_TEMPLATE = Pattern.compile("\\{(CPTS-\\d{4})}");

  private static final Messages MODEL_MESSAGES = new Messages(l -> ResourceBundle.getBundle(MODEL_BUNDLE, l));

  private final ValidatorFactory factory;
  private final MessageInterpolator interpolator;

  private BeanValidation() {
    this.interpolator = new CptsMessageInterpolator(new AggregateResourceBundleLocator(
        List.of(CONSTRAINTS_BUNDLE), BeanValidation::modelBundles));
    this.factory = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(interpolator)
        .buildValidatorFactory();
  }

  private static final class Holder {
    static final BeanValidation INSTANCE = new BeanValidation();
  }

  /** Loads the model bundles from this module's code, so that they are found on the module path too. */
  private static ResourceBundle modelBundles(Locale locale) {
    return new MergedBundle(ResourceBundle.getBundle(TEMPLATES_BUNDLE, locale), ResourceBundle.getBundle(MODEL_BUNDLE, locale));
  }

  /** @return the shared instance (built on first call) */
  public static BeanValidation get() {
    return Holder.INSTANCE;
  }

  /** @return the Jakarta validator (thread-safe) */
  public Validator validator() {
    return factory.getValidator();
  }

  /** @return the violations of {@code bean}'s constraints as an ordered report (by path, then code) */
  public ValidationReport validate(Object bean) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (ConstraintViolation<?> v : validator().validate(bean)) {
      issues.add(toIssue(v));
    }
    issues.sort(Comparator.comparing(ValidationIssue::path).thenComparing(ValidationIssue::code));
    return ValidationReport.of(issues);
  }

  /** @return the issue for one violation: path, code, English and French message */
  public ValidationIssue toIssue(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    Context context = new Context(violation.getConstraintDescriptor(), violation.getInvalidValue());
    LocalizedText text = LocalizedText.of(interpolator.interpolate(template, context, Locale.ROOT),
        interpolator.interpolate(template, context, Locale.FRENCH));
    String code = code(violation);
    if (code.equals(OTHER_CONSTRAINT)) {
      LocalizedText prefix = MODEL_MESSAGES.text(OTHER_CONSTRAINT, constraintName(violation));
      text = LocalizedText.of(prefix.en() + ": " + text.en(), prefix.fr() + " : " + text.fr());
    }
    return ValidationIssue.error(code, path(violation.getPropertyPath()), text);
  }

  private static String code(ConstraintViolation<?> violation) {
    Matcher m = CODE_TEMPLATE.matcher(violation.getMessageTemplate());
    if (m.matches()) {
      return m.group(1);
    }
    String name = constraintName(violation);
    Object kind = violation.getConstraintDescriptor().getAttributes().get("value");
    String byKind = kind instanceof Enum<?> e ? CODES.get(name + "." + e.name()) : null;
    return byKind != null ? byKind : CODES.getOrDefault(name, OTHER_CONSTRAINT);
  }

  private static String constraintName(ConstraintViolation<?> violation) {
    return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }

  /** @return {@code professionals[3].rpps} for the property path of a violation */
  static String path(Path propertyPath) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : propertyPath) {
      if (node.isInIterable()) {
        sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        sb.append(sb.length() == 0 ? "" : ".").append(name);
      }
    }
    return sb.toString();
  }

  /** Two bundles seen as one; the first wins for a key present in both. */
  private static final class MergedBundle extends ResourceBundle {
    private final ResourceBundle first;
    private final ResourceBundle second;

    MergedBundle(ResourceBundle first, ResourceBundle second) {
      this.first = first;
      this.second = second;
    }

    @Override
    protected @Nullable Object handleGetObject(String key) {
      return first.containsKey(key) ? first.getObject(key) : second.containsKey(key) ? second.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
      Set<String> keys = new TreeSet<>(first.keySet());
      keys.addAll(second.keySet());
      return Collections.enumeration(keys);
    }
  }

  /** The interpolation context of a violation, re-used to render its message in another language. */
  private record Context(ConstraintDescriptor<?> descriptor, @Nullable Object value) implements MessageInterpolator.Context {
    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return descriptor;
    }

    @Override
    public @Nullable Object getValidatedValue() {
      return value;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new jakarta.validation.ValidationException("unwrap to " + type.getName() + " is not supported");
    }
  }
}
