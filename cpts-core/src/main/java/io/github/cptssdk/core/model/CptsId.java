package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The key of a CPTS within a data set (documents, indicator results, FHIR ids): 1 to 64 lower-case
 * letters, digits and hyphens, starting with a letter or digit, e.g. {@code cpts-sete}.
 *
 * @param value the key
 */
@API(status = STABLE, since = "0.1")
public record CptsId(String value) implements Comparable<CptsId> {

  /**
   * @param value the key
   * @throws IllegalArgumentException if the key is not of that form
   */
  public CptsId {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new IllegalArgumentException("a CPTS id is 1-64 lower-case letters, digits or hyphens, e.g. cpts-sete");
    }
  }

  /**
   * @param value the key, e.g. {@code cpts-sete}
   * @return the id
   * @throws IllegalArgumentException if the key is not of the documented form
   */
  public static CptsId of(String value) {
    return new CptsId(value);
  }

  @Override
  public int compareTo(CptsId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
