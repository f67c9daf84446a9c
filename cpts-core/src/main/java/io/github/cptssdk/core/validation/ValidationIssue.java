package io.github.cptssdk.core.validation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One finding of a validation: a severity, a stable code, the path of the field concerned and a message
 * in English and French.
 *
 * <p>The path uses dots and indexes ({@code members[3].rpps}, {@code territory.communes[0]}); the empty
 * string means the whole object. Messages name the kind of a bad value and what is expected, never the
 * value itself when it could identify a person.
 *
 * @param severity how serious it is
 * @param code stable code such as {@code CPTS-0042}
 * @param path the field path, {@code ""} for the root
 * @param message what is wrong and what is expected, in English and French
 */
@API(status = STABLE, since = "0.1")
public record ValidationIssue(Severity severity, String code, String path, LocalizedText message) {

  /**
   * @param severity the severity
   * @param code the code
   * @param path the path
   * @param message the message
   * @throws IllegalArgumentException if {@code code} is not of the form {@code CPTS-0000}
   */
  public ValidationIssue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (!code.matches("CPTS-\\d{4}")) {
      throw new IllegalArgumentException("code must look like CPTS-0000, was [" + code + "]");
    }
  }

  /**
   * @param code the code, {@code CPTS-} and four digits
   * @param path the path of the field, empty for the whole input
   * @param message what is wrong and what is expected
   * @return an issue of severity ERROR
   * @throws IllegalArgumentException if {@code code} is malformed
   */
  public static ValidationIssue error(String code, String path, LocalizedText message) {
    return new ValidationIssue(Severity.ERROR, code, path, message);
  }

  /**
   * @param code the code, {@code CPTS-} and four digits
   * @param path the path of the field, empty for the whole input
   * @param message what is wrong and what is expected
   * @return an issue of severity WARNING
   * @throws IllegalArgumentException if {@code code} is malformed
   */
  public static ValidationIssue warning(String code, String path, LocalizedText message) {
    return new ValidationIssue(Severity.WARNING, code, path, message);
  }

  /**
   * @param code the code, {@code CPTS-} and four digits
   * @param path the path of the field, empty for the whole input
   * @param message what is wrong and what is expected
   * @return an issue of severity INFO
   * @throws IllegalArgumentException if {@code code} is malformed
   */
  public static ValidationIssue info(String code, String path, LocalizedText message) {
    return new ValidationIssue(Severity.INFO, code, path, message);
  }

  /**
   * @param prefix the path of the enclosing element
   * @return this issue with {@code prefix} put in front of its path ({@code prefix.path})
   */
  public ValidationIssue under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    String p = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new ValidationIssue(severity, code, p, message);
  }

  /** @return true if the severity is ERROR */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** @return {@code SEVERITY CODE path: message} in English */
  @Override
  public String toString() {
    return severity + " " + code + (path.isEmpty() ? "" : " " + path) + ": " + message.en();
  }
}
