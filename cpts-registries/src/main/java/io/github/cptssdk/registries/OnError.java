package io.github.cptssdk.registries;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a registry reader does with a bad row (the same two policies as the patient CSV reader). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum OnError {
  /** Stop at the first bad row with a {@link RegistryException} naming its row and column. */
  STRICT,
  /** Skip bad rows and count them by error code in the {@link ReadSummary}. */
  SKIP
}
