package io.github.cptssdk.json.internal;

import io.github.cptssdk.core.id.Identifier;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Specialty;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import java.time.LocalDate;
import io.github.cptssdk.json.internal.ErrorMapper.Problem;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** What JSON value a target type expects, in English and French, for type-mismatch messages (CPTS-0312). */
final class Expected {

  private Expected() {}

  static Problem problem(@Nullable Class<?> target, String path) {
    String[] kind = kind(target);
    return new Problem("CPTS-0312", JsonMessages.text("CPTS-0312", new Object[] {kind[0]}, new Object[] {kind[1]}), path);
  }

  private static String[] kind(@Nullable Class<?> target) {
    if (target == null) {
      return new String[] {"another kind of value", "un autre type de valeur"};
    }
    if (isText(target)) {
      return new String[] {"a JSON string", "une chaîne JSON"};
    }
    if (target.isEnum()) {
      return new String[] {"a JSON string naming a constant", "une chaîne JSON nommant une constante"};
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray() || target == Territory.class) {
      return new String[] {"a JSON array", "un tableau JSON"};
    }
    if (target.isRecord()) {
      return new String[] {"a JSON object", "un objet JSON"};
    }
    return new String[] {"a JSON string", "une chaîne JSON"};
  }

  private static boolean isText(Class<?> target) {
    return Identifier.class.isAssignableFrom(target) || target == CptsId.class || target == Specialty.class
        || target == DateRange.class || target == LocalDate.class || target == String.class;
  }
}
