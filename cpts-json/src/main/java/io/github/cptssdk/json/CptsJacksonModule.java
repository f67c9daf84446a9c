package io.github.cptssdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.module.SimpleModule;
import org.apiguardian.api.API;

/** Jackson module for the cpts-core model; register it explicitly on your {@code ObjectMapper}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CptsJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public CptsJacksonModule() {
    super("cpts-sdk");
  }
}
