package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Sex as recorded by the insurance ({@code M}/{@code F}, or INSEE {@code 1}/{@code 2} in CSV files). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Sex {
  /** Male: {@code M} or {@code 1}. */
  MALE,
  /** Female: {@code F} or {@code 2}. */
  FEMALE
}
