package io.github.cptssdk.registries;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The text encoding a reader found: the registries are published in UTF-8, older copies in Windows-1252.
 * Each line holding a byte above 127 is checked: valid UTF-8 is read as UTF-8, anything else as
 * Windows-1252 (never replaced by {@code U+FFFD}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum TextEncoding {
  /** Every line was valid UTF-8 (a pure ASCII file is reported as UTF-8). */
  UTF_8,
  /** Every line holding a non-ASCII byte was not valid UTF-8 and was read as Windows-1252. */
  WINDOWS_1252,
  /** Some lines were UTF-8 and others Windows-1252 (a file concatenated from two sources). */
  MIXED
}
