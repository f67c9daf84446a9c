package io.github.cptssdk.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.cptssdk.core.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * JSON paths in the {@code $.professionals[2].rpps} form. Property names that are not simple words are
 * shown as {@code ['?']}, so that a path never carries arbitrary text from the document.
 */
final class JsonPaths {

  private JsonPaths() {}

  static String of(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(segment(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  static String of(@Nullable Object processor) {
    if (!(processor instanceof JsonParser p)) {
      return "$";
    }
    return fromPointer(p.getParsingContext().pathAsPointer());
  }

  static String fromPointer(JsonPointer pointer) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonPointer ptr = pointer; ptr != null && !ptr.matches(); ptr = ptr.tail()) {
      sb.append(ptr.mayMatchElement() ? "[" + ptr.getMatchingIndex() + "]" : segment(ptr.getMatchingProperty()));
    }
    return sb.toString();
  }

  private static String segment(String name) {
    return isSimple(name) ? "." + name : "['?']";
  }

  static String quoteName(@Nullable String name) {
    return name != null && isSimple(name) ? name : "?";
  }

  /** A name with more than a few digits may be an identifier (a patient id, a NIR): it is not shown. */
  private static boolean isSimple(String name) {
    return Redaction.isName(name);
  }
}
