package io.github.cptssdk.desk.io.internal;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.desk.DeskException;
import io.github.cptssdk.desk.io.DeskFormatException;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.ReadSummary;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The skeleton of a desk CSV reader: its required columns, the known communes, the error policy, one value per
 * row, a key that must not repeat (CPTS-1326 for a request, CPTS-1335 for a capacity) and the read of a file
 * or a stream, with I/O failures coded by {@link DeskInput}. Immutable.
 *
 * @param required the required columns
 * @param referential the known communes
 * @param policy stop at the first bad row, or skip and count
 * @param row the value of a row, or a {@link DeskFormatException}
 * @param key the key of a value, unique within a file
 * @param repeatedCode the code of a repeated key
 * @param repeatedColumn the column named when a key repeats
 * @param <T> the value of a row
 */
public record RowReader<T>(List<String> required, CommuneReferential referential, ErrorPolicy policy,
    BiFunction<Cells, CommuneReferential, T> row, Function<T, Object> key, String repeatedCode,
    String repeatedColumn) {

  /** Checks and copies. */
  public RowReader {
    required = List.copyOf(required);
    Objects.requireNonNull(referential, "referential");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(repeatedCode, "repeatedCode");
    Objects.requireNonNull(repeatedColumn, "repeatedColumn");
  }

  /**
   * @param value the error policy
   * @return a copy with that policy
   */
  public RowReader<T> withPolicy(ErrorPolicy value) {
    return new RowReader<>(required, referential, value, row, key, repeatedCode, repeatedColumn);
  }

  /**
   * @param file the CSV file
   * @param sink receives each accepted value
   * @return what was read
   */
  public ReadSummary read(Path file, Consumer<T> sink) {
    return DeskInput.file(file, in -> rows(in, DeskInput.unreadable(file), sink));
  }

  /**
   * @param in the CSV bytes (not closed)
   * @param sink receives each accepted value
   * @return what was read
   */
  public ReadSummary read(InputStream in, Consumer<T> sink) {
    return DeskInput.stream(in, s -> rows(s, DeskInput::unreadableStream, sink));
  }

  private ReadSummary rows(InputStream in, Function<String, DeskException> unreadable, Consumer<T> sink) {
    Set<Object> seen = new HashSet<>();
    return CsvRows.read(in, unreadable, required, policy, c -> {
      T value = row.apply(c, referential);
      if (!seen.add(key.apply(value))) {
        throw c.err(repeatedCode, repeatedColumn);
      }
      return value;
    }, sink);
  }
}
