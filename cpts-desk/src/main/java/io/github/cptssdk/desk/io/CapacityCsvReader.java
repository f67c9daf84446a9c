package io.github.cptssdk.desk.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.io.internal.Cells;
import io.github.cptssdk.desk.io.internal.RowReader;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.ReadSummary;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Streams a GP capacity CSV file: {@code rpps,commune,new_patients} and optionally {@code site} (default: the
 * commune code), {@code age_bands} (semicolon-separated, empty for all), {@code home_visits} (0/1, default 1),
 * {@code valid_from} and {@code valid_to} (inclusive ISO dates, empty for unbounded). Format: docs/desk.md.
 * Every accepted row is a valid {@link GpCapacity}. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CapacityCsvReader {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("rpps", "commune", "new_patients");

  private final RowReader<GpCapacity> rows;

  private CapacityCsvReader(RowReader<GpCapacity> rows) {
    this.rows = rows;
  }

  /**
   * @param referential the known communes (a row of another commune is rejected, CPTS-1322)
   * @return a strict reader
   */
  public static CapacityCsvReader of(CommuneReferential referential) {
    return new CapacityCsvReader(new RowReader<>(REQUIRED, referential, ErrorPolicy.STRICT, CapacityCsvReader::capacity,
        g -> g.gp().value() + "/" + g.site(), "CPTS-1335", "site"));
  }

  /**
   * @param value stop at the first bad row, or skip and count bad rows
   * @return a copy with that policy
   */
  public CapacityCsvReader withPolicy(ErrorPolicy value) {
    return new CapacityCsvReader(rows.withPolicy(value));
  }

  /**
   * @param file the CSV file (UTF-8)
   * @return the capacities, in file order
   * @throws io.github.cptssdk.core.CptsException for a bad header or file, or the first bad row when strict
   * @throws io.github.cptssdk.desk.DeskException CPTS-1360 (naming the file) if the file cannot be opened or
   *     fails while it is read
   */
  public List<GpCapacity> read(Path file) {
    List<GpCapacity> out = new ArrayList<>();
    rows.read(file, out::add);
    return out;
  }

  /**
   * @param in the CSV bytes (UTF-8; not closed)
   * @param sink receives each accepted capacity, in stream order
   * @return what was read
   * @throws io.github.cptssdk.core.CptsException for a bad header or file, or the first bad row when strict
   * @throws io.github.cptssdk.desk.DeskException CPTS-1361 if the stream fails while it is read
   */
  public ReadSummary read(InputStream in, Consumer<GpCapacity> sink) {
    return rows.read(in, sink);
  }

  private static GpCapacity capacity(Cells c, CommuneReferential referential) {
    var gp = c.rpps("rpps");
    var commune = c.commune("commune", referential);
    int places = c.count("new_patients", GpCapacity.MAX_NEW_PATIENTS, "CPTS-1329");
    String site = c.text("site").isEmpty() ? commune.value() : c.text("site");
    if (!GpCapacity.isValidSite(site)) {
      throw c.err("CPTS-1336", "site");
    }
    var bands = c.ageBands("age_bands");
    boolean home = c.flag("home_visits", false, true);
    LocalDate from = c.date("valid_from", false);
    LocalDate to = c.date("valid_to", false);
    if (from != null && to != null && to.isBefore(from)) {
      throw c.err("CPTS-1334", "valid_to");
    }
    DateRange validity = new DateRange(from == null ? LocalDate.MIN : from, to == null ? LocalDate.MAX : to.plusDays(1));
    return new GpCapacity(gp, site, commune, places, bands, home, validity);
  }
}
