package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator of the CPTS (coordinateur / coordinatrice).
 *
 * @param name the name
 * @param email the professional e-mail address, if given
 */
@API(status = STABLE, since = "0.1")
public record Coordinator(String name, @Nullable String email) {

  public Coordinator {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("coordinator name must not be blank");
    }
  }
}
