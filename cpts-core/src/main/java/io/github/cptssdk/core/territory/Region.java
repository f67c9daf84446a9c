package io.github.cptssdk.core.territory;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A region.
 *
 * @param code its INSEE code ({@code 76} Occitanie)
 * @param name its name
 */
@API(status = STABLE, since = "0.1")
public record Region(String code, String name) {
  /**
   * @param code the INSEE code
   * @param name the name
   * @throws NullPointerException if a component is null
   */
  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
