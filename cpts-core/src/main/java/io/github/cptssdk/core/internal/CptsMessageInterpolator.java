package io.github.cptssdk.core.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * A message interpolator in the manner of Hibernate Validator's {@code ParameterMessageInterpolator}:
 * message keys ({@code {CPTS-0150}}) are looked up in the bundles of the given locator, then in Hibernate
 * Validator's own; constraint attributes ({@code {max}}) are replaced by their values; expression-language
 * terms ({@code ${...}}) are left as they are, so no EL implementation is needed on the class path and a
 * validated value is never copied into a message. Immutable and thread-safe.
 */
final class CptsMessageInterpolator extends AbstractMessageInterpolator {

  CptsMessageInterpolator(ResourceBundleLocator userBundles) {
    super(userBundles);
  }

  @Override
  protected String interpolate(Context context, Locale locale, String term) {
    if (term.startsWith("$") || term.length() < 3) {
      return term;
    }
    String name = term.substring(1, term.length() - 1);
    Object value = context.getConstraintDescriptor().getAttributes().get(name);
    return value == null ? term : text(value);
  }

  private static String text(Object value) {
    if (!value.getClass().isArray()) {
      return String.valueOf(value);
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < Array.getLength(value); i++) {
      items.add(String.valueOf(Array.get(value, i)));
    }
    return String.join(", ", items);
  }
}
