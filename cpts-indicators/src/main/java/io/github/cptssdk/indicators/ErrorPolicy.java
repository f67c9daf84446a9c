package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a reader does with a bad row. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ErrorPolicy {
  /** Stop at the first bad row, throwing an exception that names its row and column. */
  STRICT,
  /** Skip bad rows and count them by error code in the {@link ReadSummary}. */
  SKIP
}
