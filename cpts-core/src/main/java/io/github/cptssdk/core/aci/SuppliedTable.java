package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.internal.TableText;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * National figures a caller supplies (an analyst holding the official tables, a hypothesis to test), as read
 * from a file, before any check. Applied over a bundled version with {@link AciRules#withTable}, which checks
 * every row against that version and applies nothing if one is wrong. Once applied, a supplied figure is used
 * by default, over the bundled candidates and under the contract's own amounts, with status
 * {@link EvidenceStatus#SUPPLIED} and the table's source label in its {@link Provenance}. Immutable.
 *
 * <p>Text form (docs/aci-rules.md, "Supplied tables"): the columns of the bundled rule files,
 * {@code item mission size value status sources note}, tab-separated, {@code #} comments; optional header
 * lines {@code VERSION_ID - - AVENANT_2 ...} and {@code SOURCE - - label ...}.
 *
 * @param versionId the version the file names, or null (then the caller names it)
 * @param source the source label of the figures (the file's SOURCE line, else the caller's label)
 * @param rows the figure rows, as read
 * @param malformed the lines that could not be read, as errors: a wrong number of columns (CPTS-1470, the count
 *     as value) or a malformed version id (CPTS-1495, item {@code VERSION_ID}, the id as value)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record SuppliedTable(@Nullable AciVersionId versionId, String source, List<Row> rows,
    List<Row> malformed) {

  /**
   * One figure row as read: every cell as written ({@code -} read as null), with its line in the file.
   *
   * @param line the 1-based line number (for JSON: the line of the figure's object)
   * @param item the item name
   * @param mission the mission name, or null
   * @param size the size band, or null
   * @param value the amount in euros as written, or null
   * @param status the status as written, or null (SUPPLIED is the only one accepted)
   * @param sources more source keys, or empty
   * @param note free text
   */
  public record Row(int line, String item, @Nullable String mission, @Nullable String size, @Nullable String value,
      @Nullable String status, List<String> sources, String note) {

    /**
     * @param line the line
     * @param item the item
     * @param mission the mission, or null
     * @param size the size, or null
     * @param value the value, or null
     * @param status the status, or null
     * @param sources the sources (copied)
     * @param note the note
     * @throws NullPointerException if a required component is null
     */
    public Row {
      Objects.requireNonNull(item, "item");
      sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * @param versionId the version, or null
   * @param source the source label
   * @param rows the rows (copied)
   * @param malformed the malformed lines (copied)
   * @throws IllegalArgumentException if the source label is blank
   */
  public SuppliedTable {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("a supplied table needs a source label");
    }
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    malformed = List.copyOf(Objects.requireNonNull(malformed, "malformed"));
  }

  /**
   * Reads the text form; never throws on content: what cannot be read is reported when the table is applied.
   *
   * @param text the file content
   * @param defaultSource the source label when the file has no SOURCE line (e.g. the file name)
   * @return the table as read
   */
  public static SuppliedTable parseTsv(String text, String defaultSource) {
    return TableText.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(defaultSource, "defaultSource"));
  }
}
