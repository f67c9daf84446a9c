package io.github.cptssdk.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The operations a user runs next on what a reader accepted (issue 17): each has a name and runs on one
 * value; the only allowed outcomes are a result or a {@link io.github.cptssdk.core.CptsException} with a
 * code. A use may check its result (a round trip compares what it read back) by throwing an
 * {@link AssertionError}. A slow use runs on one accepted value in {@code every} (by the value's sequence
 * number, so a run is reproducible from its seed). Immutable; build with {@link #of} and {@link #and}.
 *
 * <pre>{@code
 * Uses<Cpts> uses = Uses.<Cpts>of("validate", c -> CptsValidator.get().validate(c))
 *     .and("JSON round trip", c -> assertThat(CptsJson.readString(CptsJson.write(c))).isEqualTo(c))
 *     .sampled(50, "FHIR validation", c -> validator.validate(FhirMapper.toBundle(c, COLLECTION)));
 * ORACLE.check(seed, input, () -> CptsJson.read(new ByteArrayInputStream(input)), uses);
 * }</pre>
 *
 * @param <T> the type of the accepted value
 */
public final class Uses<T> {

  /** One operation on an accepted value. */
  @FunctionalInterface
  public interface Use<T> {
    /**
     * @param value the accepted value
     * @throws Exception what the operation throws
     */
    void accept(T value) throws Exception;
  }

  /** A named use, run on one accepted value in {@code every}. */
  record Named<T>(String name, int every, Use<T> use) {}

  private final List<Named<T>> uses;

  private Uses(List<Named<T>> uses) {
    this.uses = List.copyOf(uses);
  }

  /**
   * @param <T> the type of the accepted value
   * @return no use yet (to start with a {@link #sampled} one)
   */
  public static <T> Uses<T> none() {
    return new Uses<>(List.of());
  }

  /**
   * @param name the name of the operation, for failure messages and the summary
   * @param use the operation
   * @param <T> the type of the accepted value
   * @return the uses holding this one
   */
  public static <T> Uses<T> of(String name, Use<T> use) {
    return Uses.<T>none().and(name, use);
  }

  /**
   * @param name the name of the operation
   * @param use the operation, run on every accepted value
   * @return these uses and that one
   */
  public Uses<T> and(String name, Use<T> use) {
    return sampled(1, name, use);
  }

  /**
   * @param every run on one accepted value in {@code every} (for a slow operation), at least 1
   * @param name the name of the operation
   * @param use the operation
   * @return these uses and that one
   */
  public Uses<T> sampled(int every, String name, Use<T> use) {
    if (every < 1) {
      throw new IllegalArgumentException("every must be at least 1");
    }
    List<Named<T>> all = new ArrayList<>(uses);
    all.add(new Named<>(Objects.requireNonNull(name, "name"), every, Objects.requireNonNull(use, "use")));
    return new Uses<>(all);
  }

  List<Named<T>> list() {
    return uses;
  }
}
