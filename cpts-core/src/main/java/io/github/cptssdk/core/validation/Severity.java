package io.github.cptssdk.core.validation;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How serious a {@link ValidationIssue} is. A report is valid when it holds no {@link #ERROR}. */
@API(status = STABLE, since = "0.1")
public enum Severity {
  /** The input breaks a rule: it must be corrected. */
  ERROR,
  /** The input is accepted but something is likely wrong or late. */
  WARNING,
  /** Information only (for example: a mission is optional). */
  INFO
}
