package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Entry point of the indicator engine. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Indicators {
  private Indicators() {}
}
