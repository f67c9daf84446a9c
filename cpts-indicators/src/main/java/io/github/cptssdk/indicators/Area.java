package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An area results are given for: a CPTS, a department or a region.
 *
 * @param level its level
 * @param code the CPTS id, department code or region INSEE code
 * @param name a readable name (the code if none is known)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Area(Level level, String code, String name) {

  /** Levels of areas. */
  public enum Level {
    /** A CPTS: the code is its {@code CptsId}. */
    CPTS,
    /** A department: the code is its INSEE code ({@code 2A}, {@code 971}...). */
    DEPARTMENT,
    /** A region: the code is its INSEE code. */
    REGION
  }

  /**
   * Checks the components.
   *
   * @param level its level
   * @param code the CPTS id, department code or region INSEE code
   * @param name a readable name
   * @throws NullPointerException if a component is null
   */
  public Area {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String toString() {
    return level.name().toLowerCase(java.util.Locale.ROOT) + ":" + code;
  }
}
