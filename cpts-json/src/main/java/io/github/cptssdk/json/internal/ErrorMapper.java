package io.github.cptssdk.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.InvalidIdentifierException;
import io.github.cptssdk.core.model.DateOutOfRangeException;
import io.github.cptssdk.core.validation.LocalizedText;
import io.github.cptssdk.json.InvalidDocumentException;
import io.github.cptssdk.json.JsonReadLimits;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * Turns a Jackson exception into an {@link InvalidDocumentException}: a code, the JSON path, the line
 * and column, and what was expected. Jackson's own message is never copied (it may quote the value).
 */
@API(status = INTERNAL, since = "0.1")
public final class ErrorMapper {

  private ErrorMapper() {}

  /** @return the document exception for {@code e}, a limit exceeded naming the limit of {@code limits} */
  public static InvalidDocumentException map(JacksonException e, JsonReadLimits limits) {
    String path = e instanceof DatabindException d ? JsonPaths.of((JsonMappingException) d) : JsonPaths.of(e.getProcessor());
    return at(describe(e, path, limits), e.getLocation());
  }

  /** @return a document exception at {@code path} and {@code location} */
  public static InvalidDocumentException at(Problem problem, @Nullable JsonLocation location) {
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    return new InvalidDocumentException(problem.code(), problem.text(), problem.path(), line, column);
  }

  /** What went wrong where: code, message and JSON path. */
  public record Problem(String code, LocalizedText text, String path) {
    public static Problem of(String code, String path, Object... args) {
      return new Problem(code, JsonMessages.text(code, args), path);
    }
  }

  private static Problem describe(JacksonException e, String path, JsonReadLimits limits) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException c) {
        return Limits.problem(c.getOriginalMessage(), path, limits);
      }
    }
    if (e instanceof JsonEOFException) {
      return Problem.of("CPTS-0301", path);
    }
    if (!(e instanceof DatabindException)) {
      String m = String.valueOf(e.getOriginalMessage());
      return m.startsWith("Duplicate field") ? Problem.of("CPTS-0317", path, duplicateName(m))
          : m.contains("end-of-input") ? Problem.of("CPTS-0301", path) : Problem.of("CPTS-0300", path);
    }
    return describeBinding((JsonMappingException) e, path);
  }

  private static Problem describeBinding(JsonMappingException e, String path) {
    if (e instanceof UnrecognizedPropertyException u) {
      return Problem.of("CPTS-0310", path, JsonPaths.quoteName(u.getPropertyName()), names(u.getKnownPropertyIds()));
    }
    if (e instanceof InvalidFormatException f && f.getValue() instanceof String && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      return Problem.of("CPTS-0311", path, constants(f.getTargetType()));
    }
    Problem cause = fromCause(e, path);
    if (cause != null) {
      return cause;
    }
    if (e instanceof InvalidNullException) {
      return Problem.of("CPTS-0313", path, "[]");
    }
    if (e instanceof MismatchedInputException m) {
      return Expected.problem(m.getTargetType(), path);
    }
    if (e.getCause() instanceof InputCoercionException) {
      // a number beyond int where a constant's name is expected: Jackson reads it as an ordinal first
      return Expected.problem(componentType(e), path);
    }
    return Problem.of("CPTS-0399", path);
  }

  /** @return the type of the record component the failing value was read for, or null if unknown */
  private static @Nullable Class<?> componentType(JsonMappingException e) {
    if (e.getPath().isEmpty()) {
      return null;
    }
    JsonMappingException.Reference last = e.getPath().get(e.getPath().size() - 1);
    if (last.getFrom() instanceof Class<?> c && c.isRecord() && last.getFieldName() != null) {
      for (RecordComponent rc : c.getRecordComponents()) {
        if (rc.getName().equals(last.getFieldName())) {
          return rc.getType();
        }
      }
    }
    return null;
  }

  private static @Nullable Problem fromCause(Throwable e, String path) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof InvalidIdentifierException i) {
        return new Problem("CPTS-0314", JsonMessages.text("CPTS-0314",
            new Object[] {i.kind().english(), reason(i, false), i.kind().expected()},
            new Object[] {i.kind().french(), reason(i, true), i.kind().expected()}), path);
      }
      if (t instanceof DateOutOfRangeException) {
        return Problem.of("CPTS-0323", path);
      }
      if (t instanceof CptsException c && c.code().startsWith("CPTS-03")) {
        return Problem.of(c.code(), path);
      }
      if (t instanceof NullPointerException n && n.getMessage() != null && n.getMessage().matches("[A-Za-z]\\w{0,63}")) {
        return Problem.of("CPTS-0313", path + "." + n.getMessage(), n.getMessage());
      }
      if (t instanceof IllegalArgumentException || t instanceof DateTimeException) {
        return Problem.of("CPTS-0315", path, String.valueOf(t.getMessage()));
      }
    }
    return null;
  }

  private static String reason(InvalidIdentifierException i, boolean french) {
    return switch (i.reason()) {
      case FORMAT -> french ? "format incorrect" : "wrong format";
      case CHECK_KEY -> french ? "clé de contrôle incorrecte" : "wrong check key";
      case RANGE -> french ? "partie hors des valeurs permises" : "a part is out of range";
    };
  }

  private static String duplicateName(String message) {
    int a = message.indexOf('\'');
    int b = message.lastIndexOf('\'');
    return a >= 0 && b > a ? JsonPaths.quoteName(message.substring(a + 1, b)) : "?";
  }

  private static String names(@Nullable Collection<Object> ids) {
    if (ids == null) {
      return "";
    }
    return ids.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new)).stream()
        .collect(Collectors.joining(", "));
  }

  private static String constants(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
  }

  /** @return the JSON path of the current position of {@code parser} */
  public static String pathOf(@Nullable JsonParser parser) {
    return JsonPaths.of(parser);
  }
}
