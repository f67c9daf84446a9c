package io.github.cptssdk.core.territory;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A department.
 *
 * @param code its code ({@code 34}, {@code 2A}, {@code 971})
 * @param name its name
 * @param regionCode INSEE code of its region
 */
@API(status = STABLE, since = "0.1")
public record Department(String code, String name, String regionCode) {
  /**
   * @param code the code
   * @param name the name
   * @param regionCode the region code
   * @throws NullPointerException if a component is null
   */
  public Department {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(regionCode, "regionCode");
  }
}
