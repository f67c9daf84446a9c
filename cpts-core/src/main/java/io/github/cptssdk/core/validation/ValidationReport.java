package io.github.cptssdk.core.validation;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.CptsException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The immutable result of a validation: an ordered list of {@link ValidationIssue}s.
 *
 * <p>Validation returns a report instead of throwing. {@link #isValid()} means "no ERROR"; warnings
 * and infos do not make a report invalid. Bean Validation violations are mapped into the same issue type.
 *
 * @param issues the findings, in the order they were found
 */
@API(status = STABLE, since = "0.1")
public record ValidationReport(List<ValidationIssue> issues) {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  /**
   * @param issues the issues, in order (copied)
   * @throws NullPointerException if an issue is null
   */
  public ValidationReport {
    issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
  }

  /** @return the report with no issue */
  public static ValidationReport valid() {
    return EMPTY;
  }

  /**
   * @param issues the issues, in order
   * @return the report
   */
  public static ValidationReport of(ValidationIssue... issues) {
    return new ValidationReport(List.of(issues));
  }

  /**
   * @param issues the issues, in order
   * @return the report
   */
  public static ValidationReport of(Collection<ValidationIssue> issues) {
    return new ValidationReport(List.copyOf(issues));
  }

  /** @return true if no issue is an ERROR */
  public boolean isValid() {
    return issues.stream().noneMatch(ValidationIssue::isError);
  }

  /** @return the issues of severity ERROR, in order */
  public List<ValidationIssue> errors() {
    return filter(ValidationIssue::isError);
  }

  /** @return the issues of severity WARNING, in order */
  public List<ValidationIssue> warnings() {
    return filter(i -> i.severity() == Severity.WARNING);
  }

  /**
   * @param code a code, e.g. {@code CPTS-0100}
   * @return the issues with this code
   */
  public List<ValidationIssue> withCode(String code) {
    return filter(i -> i.code().equals(code));
  }

  /**
   * @param code a code, e.g. {@code CPTS-0100}
   * @return true if an issue has this code
   */
  public boolean has(String code) {
    return issues.stream().anyMatch(i -> i.code().equals(code));
  }

  /**
   * @param other another report
   * @return a report with the issues of this one followed by those of {@code other}
   */
  public ValidationReport and(ValidationReport other) {
    Objects.requireNonNull(other, "other");
    if (other.issues.isEmpty()) {
      return this;
    }
    List<ValidationIssue> all = new ArrayList<>(issues);
    all.addAll(other.issues);
    return new ValidationReport(all);
  }

  /**
   * @param issue an issue
   * @return a report with {@code issue} added at the end
   */
  public ValidationReport and(ValidationIssue issue) {
    Objects.requireNonNull(issue, "issue");
    List<ValidationIssue> all = new ArrayList<>(issues);
    all.add(issue);
    return new ValidationReport(all);
  }

  /**
   * @param prefix the path of the enclosing element
   * @return this report with every path put under {@code prefix}
   */
  public ValidationReport under(String prefix) {
    return new ValidationReport(issues.stream().map(i -> i.under(prefix)).collect(Collectors.toList()));
  }

  /**
   * @throws InvalidInputException holding this report, if it is not valid
   * @return this report, if valid
   */
  public ValidationReport orThrow() {
    if (!isValid()) {
      throw new InvalidInputException(this);
    }
    return this;
  }

  private List<ValidationIssue> filter(Predicate<ValidationIssue> p) {
    return issues.stream().filter(p).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return issues.isEmpty() ? "valid" : issues.stream().map(ValidationIssue::toString).collect(Collectors.joining("\n"));
  }

  /** Thrown by {@link #orThrow()}: carries the whole report; its code is that of the first error. */
  @API(status = STABLE, since = "0.1")
  public static final class InvalidInputException extends CptsException {
    private static final long serialVersionUID = 1L;
    private final transient ValidationReport report;

    /** @param report a report with at least one error */
    public InvalidInputException(ValidationReport report) {
      super(report.errors().get(0).code(), summary(report));
      this.report = report;
    }

    private static String summary(ValidationReport report) {
      List<ValidationIssue> errors = report.errors();
      ValidationIssue first = errors.get(0);
      String where = first.path().isEmpty() ? "" : " at [" + first.path() + "]";
      String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error(s))" : "";
      return first.message().en() + where + more;
    }

    /** @return the whole report */
    public ValidationReport report() {
      return report;
    }
  }
}
