package io.github.cptssdk.desk.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.desk.DeskException;
import io.github.cptssdk.desk.DeskRequest;
import io.github.cptssdk.desk.Fragility;
import io.github.cptssdk.desk.Origin;
import io.github.cptssdk.desk.RequestId;
import io.github.cptssdk.desk.Step;
import io.github.cptssdk.desk.StepRecord;
import io.github.cptssdk.desk.io.internal.Cells;
import io.github.cptssdk.desk.io.internal.RowReader;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.ReadSummary;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Streams a requests (or history) CSV file: {@code request_id,commune,birth_year,ald,c2s,received_on} and
 * optionally {@code ame,disability,gp_left} (0/1), {@code origin}, {@code home_visit} (0/1) and {@code steps}
 * (the history after RECEIVED: {@code STEP:yyyy-mm-dd[:RPPS]} separated by semicolons). Format:
 * docs/desk.md. Every accepted row is a valid {@link DeskRequest}. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RequestCsvReader {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("request_id", "commune", "birth_year", "ald", "c2s", "received_on");

  private final RowReader<DeskRequest> rows;

  private RequestCsvReader(RowReader<DeskRequest> rows) {
    this.rows = rows;
  }

  /**
   * @param referential the known communes (a row of another commune is rejected, CPTS-1322)
   * @return a strict reader
   */
  public static RequestCsvReader of(CommuneReferential referential) {
    return new RequestCsvReader(new RowReader<>(REQUIRED, referential, ErrorPolicy.STRICT, RequestCsvReader::request,
        DeskRequest::id, "CPTS-1326", "request_id"));
  }

  /**
   * @param value stop at the first bad row, or skip and count bad rows
   * @return a copy with that policy
   */
  public RequestCsvReader withPolicy(ErrorPolicy value) {
    return new RequestCsvReader(rows.withPolicy(value));
  }

  /**
   * @param file the CSV file (UTF-8)
   * @return the requests, in file order, and the summary
   * @throws io.github.cptssdk.core.CptsException for a bad header or file, or the first bad row when strict
   * @throws DeskException CPTS-1360 (naming the file) if the file cannot be opened or fails while it is read
   */
  public Read read(Path file) {
    List<DeskRequest> out = new ArrayList<>();
    ReadSummary summary = rows.read(file, out::add);
    return new Read(out, summary);
  }

  /**
   * @param in the CSV bytes (UTF-8; not closed)
   * @param sink receives each accepted request, in stream order
   * @return what was read
   * @throws io.github.cptssdk.core.CptsException for a bad header or file, or the first bad row when strict
   * @throws DeskException CPTS-1361 if the stream fails while it is read
   */
  public ReadSummary read(InputStream in, Consumer<DeskRequest> sink) {
    return rows.read(in, sink);
  }

  private static DeskRequest request(Cells c, CommuneReferential referential) {
    RequestId id = c.requestId("request_id");
    Set<Fragility> flags = EnumSet.noneOf(Fragility.class);
    flag(c, "ald", true, Fragility.ALD, flags);
    flag(c, "c2s", true, Fragility.C2S, flags);
    flag(c, "ame", false, Fragility.AME, flags);
    flag(c, "disability", false, Fragility.DISABILITY, flags);
    flag(c, "gp_left", false, Fragility.GP_LEFT, flags);
    List<StepRecord> steps = new ArrayList<>();
    steps.add(StepRecord.of(Step.RECEIVED, c.date("received_on", true)));
    var commune = c.commune("commune", referential);
    int year = c.birthYear("birth_year");
    Origin origin = c.choice("origin", Origin.class, Origin.OTHER, "CPTS-1327");
    boolean home = c.flag("home_visit", false, false);
    steps.addAll(c.steps("steps"));
    try {
      return new DeskRequest(id, commune, year, flags, origin, home, steps);
    } catch (DeskException e) {
      throw c.err("CPTS-1332", "steps", e.code());
    }
  }

  private static void flag(Cells c, String column, boolean required, Fragility f, Set<Fragility> into) {
    if (c.flag(column, required, false)) {
      into.add(f);
    }
  }

  /**
   * A whole file read.
   *
   * @param requests the requests accepted, in file order
   * @param summary what was read
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Read(List<DeskRequest> requests, ReadSummary summary) {
    /**
     * @param requests the requests (copied)
     * @param summary the summary
     */
    public Read {
      requests = List.copyOf(requests);
      Objects.requireNonNull(summary, "summary");
    }

    /** @return no count (a small count could be disclosing) */
    @Override
    public String toString() {
      return "Read";
    }
  }
}
