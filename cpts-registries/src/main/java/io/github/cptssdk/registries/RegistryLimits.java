package io.github.cptssdk.registries;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The resource limits of the registry readers, so that a broken or hostile file cannot exhaust memory:
 * a reader keeps one line in memory. Exceeding a limit stops the read under either {@link OnError}
 * (the rest of the file cannot be trusted). Immutable.
 *
 * @param maxRecordBytes longest line in bytes, line end excluded (default 1 MiB; an Annuaire line is
 *     about 700 bytes): CPTS-1012
 * @param maxRows most data rows (default 50 000 000, about 45 times the national extraction): CPTS-1013
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RegistryLimits(int maxRecordBytes, long maxRows) {

  /** The default limits: lines of 1 MiB, 50 000 000 rows. */
  public static final RegistryLimits DEFAULTS = new RegistryLimits(1 << 20, 50_000_000L);

  /**
   * @param maxRecordBytes longest line, in bytes
   * @param maxRows most data rows
   * @throws IllegalArgumentException if a limit is not positive
   */
  public RegistryLimits {
    if (maxRecordBytes < 1 || maxRows < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }
}
