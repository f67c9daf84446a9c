package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.AdeliNumber;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Identifier;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.RegistryLimits;
import io.github.cptssdk.registries.TextEncoding;
import io.github.cptssdk.registries.internal.RegistryFiles;
import io.github.cptssdk.registries.internal.AnnuaireColumn;
import io.github.cptssdk.registries.internal.CommuneLocator;
import io.github.cptssdk.registries.internal.HeaderIndex;
import io.github.cptssdk.registries.internal.LineScanner;
import io.github.cptssdk.registries.internal.Text;
import io.github.cptssdk.core.internal.text.FileRanges;
import io.github.cptssdk.core.internal.text.ScanException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Streams the Annuaire Santé activity file ({@code PS_LibreAcces_Personne_activite_<timestamp>.txt}, or
 * data.gouv's {@code ps-libreacces-personne-activite.txt}) into {@link Activity} records, in constant
 * memory whatever its size. Format (docs/registries.md): {@code |}-separated, no quoting (a {@code '} or
 * {@code "} is plain data), a trailing {@code |} on each line, an optional UTF-8 BOM; a line that is not
 * valid UTF-8 is read as Windows-1252 and the {@link ReadSummary} says so. Columns are resolved by
 * normalised label (both the 2026 and the 2021-2022 layouts); unknown columns are ignored.
 *
 * <p>Names, phones and e-mails are dropped unless {@link #withContacts(boolean)}. Bad rows are reported by
 * row and column, never by content. Immutable and thread-safe (each read has its own state).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AnnuaireReader {

  /** The columns a file must have (by their 2026 labels). */
  public static final List<String> REQUIRED = List.of("Type d'identifiant PP", "Identifiant PP", "Code profession",
      "Code mode exercice", "Code commune (coord. structure)");

  private static final List<AnnuaireColumn> REQUIRED_COLUMNS = List.of(AnnuaireColumn.TYPE_ID, AnnuaireColumn.ID,
      AnnuaireColumn.PROFESSION_CODE, AnnuaireColumn.MODE_CODE, AnnuaireColumn.COMMUNE_CODE);

  private final CommuneLocator locator;
  private final OnError policy;
  private final boolean contacts;
  private final @Nullable SavoirFaireIndex savoirFaire;
  private final RegistryLimits limits;
  private final int parallelism;
  private final long rangeBytes;

  /** The size of the byte ranges of a parallel read: small, as a range's activities are held until delivered. */
  static final long RANGE_BYTES = 2L << 20;

  private AnnuaireReader(CommuneLocator locator, OnError policy, boolean contacts, @Nullable SavoirFaireIndex savoirFaire,
      RegistryLimits limits, int parallelism, long rangeBytes) {
    this.locator = locator;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.contacts = contacts;
    this.savoirFaire = savoirFaire;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parallelism = parallelism;
    this.rangeBytes = rangeBytes;
  }

  /**
   * A strict reader without contact fields.
   *
   * @param referential resolves an empty practice commune from its postal code
   * @return the reader
   */
  public static AnnuaireReader of(CommuneReferential referential) {
    return new AnnuaireReader(new CommuneLocator(Objects.requireNonNull(referential, "referential")), OnError.STRICT,
        false, null, RegistryLimits.DEFAULTS, Runtime.getRuntime().availableProcessors(), RANGE_BYTES);
  }

  /**
   * @param value stop at the first bad row, or skip and count bad rows
   * @return a copy with this policy
   */
  public AnnuaireReader withPolicy(OnError value) {
    return new AnnuaireReader(locator, value, contacts, savoirFaire, limits, parallelism, rangeBytes);
  }

  /**
   * @param value true to keep the names, phone and e-mail of each activity ({@link Contact})
   * @return a copy that keeps (or drops, the default) the contact fields
   */
  public AnnuaireReader withContacts(boolean value) {
    return new AnnuaireReader(locator, policy, value, savoirFaire, limits, parallelism, rangeBytes);
  }

  /**
   * @param value the savoir-faire of the SavoirFaire file, joined on {@code Identification nationale PP}
   *     where a row has none
   * @return a copy joining this index
   */
  public AnnuaireReader withSavoirFaire(SavoirFaireIndex value) {
    return new AnnuaireReader(locator, policy, contacts, Objects.requireNonNull(value, "value"), limits, parallelism,
        rangeBytes);
  }

  /**
   * @param value the resource limits
   * @return a copy with these limits
   */
  public AnnuaireReader withLimits(RegistryLimits value) {
    return new AnnuaireReader(locator, policy, contacts, savoirFaire, value, parallelism, rangeBytes);
  }

  /**
   * A copy reading files on another number of threads, with the mechanism of the patient reader
   * ({@code FileRanges}): the file is cut into byte ranges of 2 MiB at line boundaries, parsed on
   * {@code value} threads; the activities still reach the sink in file order on the calling thread, and the
   * summary (rows, rejected counts by code, unplaced rows, encoding) and the error thrown (the first in file
   * order, with its row number and column) are those of a read on one thread. Memory stays bounded: at most
   * {@code 2 × value} ranges are held at once. Streams ({@link #read(InputStream, Consumer)}) are always read
   * on the calling thread.
   *
   * @param value the number of threads, at least 1 (1: on the calling thread); default: the available processors
   * @return a copy with this parallelism
   * @throws IllegalArgumentException if not positive
   */
  public AnnuaireReader withParallelism(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("parallelism must be positive");
    }
    return new AnnuaireReader(locator, policy, contacts, savoirFaire, limits, value, rangeBytes);
  }

  /** A copy cutting files into ranges of another size (tests: many small ranges). */
  AnnuaireReader withRangeBytes(long value) {
    if (value < 1) {
      throw new IllegalArgumentException("range size must be positive");
    }
    return new AnnuaireReader(locator, policy, contacts, savoirFaire, limits, parallelism, value);
  }

  /**
   * Reads a file.
   *
   * @param file the activity file
   * @param sink receives each accepted activity, in file order
   * @return what was read
   * @throws RegistryException for a bad header, a limit exceeded, or the first bad row with {@link OnError#STRICT}
   *     (CPTS-1042 if the file is missing, a directory or cannot be read)
   */
  public ReadSummary read(Path file, Consumer<Activity> sink) {
    Objects.requireNonNull(sink, "sink");
    if (parallelism == 1) {
      return RegistryFiles.io(file, () -> {
        try (InputStream in = RegistryFiles.open(file)) {
          return new Run(new LineScanner(in, (byte) '|', limits, RegistryFiles.name(file)), sink).run();
        }
      });
    }
    return RegistryFiles.io(file, () -> {
      try (FileChannel channel = RegistryFiles.channel(file)) {
        return new ParallelRun(file, channel, sink, false).run();
      }
    });
  }

  /**
   * Reads a file for an aggregation that does not depend on the order of the rows (such as
   * {@link io.github.cptssdk.registries.supply.Supply}): as {@link #read(Path, Consumer)}, same summary and
   * same error (row number and column), but the accepted activities are handed to {@code sink} on the
   * reader's threads as they are parsed, concurrently and in no particular order, instead of being held and
   * delivered in file order on the calling thread. The sink must be thread-safe. If the read throws, the
   * sink may have received activities of rows after the bad one: discard what it accumulated. On one
   * thread ({@code withParallelism(1)}) this is {@link #read(Path, Consumer)}.
   *
   * @param file the activity file
   * @param sink receives each accepted activity, from any of the reader's threads
   * @return what was read
   * @throws RegistryException as {@link #read(Path, Consumer)}
   */
  public ReadSummary readUnordered(Path file, Consumer<Activity> sink) {
    Objects.requireNonNull(sink, "sink");
    if (parallelism == 1) {
      return read(file, sink);
    }
    return RegistryFiles.io(file, () -> {
      try (FileChannel channel = RegistryFiles.channel(file)) {
        return new ParallelRun(file, channel, sink, true).run();
      }
    });
  }

  /**
   * Reads a stream (not closed).
   *
   * @param in the bytes of an activity file
   * @param sink receives each accepted activity, in stream order
   * @return what was read
   * @throws RegistryException for a bad header, a limit exceeded, or the first bad row with {@link OnError#STRICT}
   *     (CPTS-1042 if the stream cannot be read)
   */
  public ReadSummary read(InputStream in, Consumer<Activity> sink) {
    Objects.requireNonNull(sink, "sink");
    return new Run(new LineScanner(in, (byte) '|', limits), sink).run();
  }

  /** The state of one read on the calling thread. */
  private final class Run {
    private final LineScanner s;
    private final Consumer<Activity> sink;
    private final Rows checks;
    private final Map<String, Long> rejected = new HashMap<>();
    private long rows;
    private long accepted;

    Run(LineScanner s, Consumer<Activity> sink) {
      this.s = s;
      this.sink = sink;
      this.checks = new Rows(new HeaderIndex(s, REQUIRED_COLUMNS, "Personne_activite"), s);
    }

    ReadSummary run() {
      while (s.next()) {
        rows++;
        String code = checks.check(sink);
        if (code == null) {
          accepted++;
        } else if (policy == OnError.STRICT) {
          throw new RegistryException(code, s.record(), checks.column);
        } else {
          rejected.merge(code, 1L, Long::sum);
        }
      }
      return new ReadSummary(rows, accepted, rejected, checks.unplaced, checks.encoding(checks.utf8Rows, checks.cp1252Rows),
          checks.cp1252Rows);
    }
  }

  /** What one range of a parallel read found; row numbers are counted from the range's first row (1). */
  private static final class Range {
    /** The accepted activities, held for the calling thread (empty if they went straight to an unordered sink). */
    final List<Activity> activities = new ArrayList<>();
    long accepted;
    /** The rows started in the range, a failing one included. */
    long rows;
    final Map<String, Long> rejected = new HashMap<>();
    long unplaced;
    long utf8Rows;
    long cp1252Rows;
    /** The row of the error that stopped the range (strict: the first bad row; either policy: CPTS-1012), or 0. */
    long errorRow;
    String errorCode = "";
    String errorColumn = "";
    /** True if the error is the scanner's (CPTS-1012): it stops the read under either policy. */
    boolean fatal;
  }

  /** The state of one read in parallel byte ranges ({@link FileRanges}, as the patient reader). */
  private final class ParallelRun {
    private final Path file;
    private final FileChannel channel;
    private final Consumer<Activity> sink;
    /** True if the ranges hand their activities to the sink as they parse them (on the worker threads). */
    private final boolean unordered;
    private final HeaderIndex header;
    private final long dataStart;
    private final Map<String, Long> rejected = new HashMap<>();
    private long count;
    private long accepted;
    private long unplaced;
    private long utf8Rows;
    private long cp1252Rows;

    ParallelRun(Path file, FileChannel channel, Consumer<Activity> sink, boolean unordered) throws IOException {
      this.file = file;
      this.channel = channel;
      this.sink = sink;
      this.unordered = unordered;
      try (InputStream in = RegistryFiles.open(file)) {
        LineScanner h = new LineScanner(in, (byte) '|', limits, RegistryFiles.name(file));
        header = new HeaderIndex(h, REQUIRED_COLUMNS, "Personne_activite");
        dataStart = h.position();
      }
    }

    ReadSummary run() throws IOException {
      long size = channel.size();
      try {
        FileRanges.read(channel, dataStart, size, rangeBytes, parallelism,
            (in, offset) -> new LineScanner(in, offset, (byte) '|', limits, RegistryFiles.name(file)), this::parse, this::merge);
      } catch (ScanException e) { // only an unreadable file: the ranges keep their other failures
        throw RegistryFiles.unreadable(RegistryFiles.name(file));
      }
      return new ReadSummary(count, accepted, rejected, unplaced, new Rows(header, null).encoding(utf8Rows, cp1252Rows),
          cp1252Rows);
    }

    /** Parses one range (on a worker thread). */
    private Range parse(LineScanner s) {
      Range r = new Range();
      Rows checks = new Rows(header, s);
      Consumer<Activity> to = unordered ? sink : r.activities::add;
      while (true) {
        try {
          if (!s.nextInRange()) {
            break;
          }
        } catch (ScanException e) {
          if (e.kind() == ScanException.Kind.UNREADABLE) {
            throw e;
          }
          r.rows++;
          r.fatal = true;
          r.errorRow = r.rows;
          r.errorCode = "CPTS-1012";
          break;
        }
        r.rows++;
        String code = checks.check(to);
        if (code == null) {
          r.accepted++;
          continue;
        }
        if (policy == OnError.STRICT) {
          r.errorRow = r.rows;
          r.errorCode = code;
          r.errorColumn = checks.column;
          break;
        }
        r.rejected.merge(code, 1L, Long::sum);
      }
      r.unplaced = checks.unplaced;
      r.utf8Rows = checks.utf8Rows;
      r.cp1252Rows = checks.cp1252Rows;
      return r;
    }

    /** Takes the result of the next range, in file order (on the calling thread), as one read would. */
    private void merge(Range r) {
      long limitRow = limits.maxRows() - count + 1; // the row of the range where CPTS-1013 is thrown
      if (r.errorRow > 0 && (r.errorRow < limitRow || (r.fatal && r.errorRow == limitRow))) {
        throw new RegistryException(r.errorCode, 1 + count + r.errorRow, r.errorColumn);
      }
      if (r.rows >= limitRow) {
        throw new RegistryException("CPTS-1013", limits.maxRows() + 2, "");
      }
      count += r.rows;
      r.activities.forEach(sink);
      accepted += r.accepted;
      unplaced += r.unplaced;
      utf8Rows += r.utf8Rows;
      cp1252Rows += r.cp1252Rows;
      r.rejected.forEach((code, n) -> rejected.merge(code, n, Long::sum));
    }
  }

  /** The checks of the data rows of one scanner (one read, or one range of a parallel read). Not thread-safe. */
  private final class Rows {
    private final @Nullable LineScanner s;
    private final HeaderIndex h;
    private final int[] pos = new int[AnnuaireColumn.values().length];
    private final Map<String, CommuneCode> communes = new HashMap<>();
    /** Bureau cedex texts already resolved (bounded: the referential's postal codes and names). */
    private final Map<String, Optional<CommuneCode>> cedexes = new HashMap<>();
    private long unplaced;
    private long utf8Rows;
    private long cp1252Rows;
    private boolean utf8;
    private String column = "";

    Rows(HeaderIndex h, @Nullable LineScanner s) {
      this.s = s;
      this.h = h;
      for (AnnuaireColumn c : AnnuaireColumn.values()) {
        pos[c.ordinal()] = h.position(c);
      }
    }

    TextEncoding encoding(long utf8, long cp1252) {
      return cp1252 == 0 ? TextEncoding.UTF_8 : utf8 == 0 ? TextEncoding.WINDOWS_1252 : TextEncoding.MIXED;
    }

    /** @return null if the current row was accepted (and handed to {@code sink}), else its error code */
    @Nullable String check(Consumer<Activity> sink) {
      try {
        return row(sink);
      } catch (IllegalArgumentException e) { // a value a record rejects (defence in depth)
        return "CPTS-1007";
      }
    }

    private String get(AnnuaireColumn c) {
      int p = pos[c.ordinal()];
      LineScanner s = Objects.requireNonNull(this.s);
      return p < 0 ? "" : Text.decode(s.bytes(), s.start(p), s.end(p), utf8).strip();
    }

    private @Nullable String row(Consumer<Activity> sink) {
      LineScanner s = Objects.requireNonNull(this.s);
      column = "";
      if (!h.fits(s)) {
        return "CPTS-1002";
      }
      utf8 = true;
      if (s.hasHighBytes()) {
        utf8 = Text.isUtf8(s.bytes(), s.lineStart(), s.lineEnd());
        if (utf8) {
          utf8Rows++;
        } else {
          cp1252Rows++;
        }
      }
      Identifier id = professional();
      if (id == null) {
        return column.isEmpty() ? "CPTS-1005" : codeOfId;
      }
      String nationalId = (id instanceof RppsNumber ? "8" : "0") + id.value();
      String given = get(AnnuaireColumn.NATIONAL_ID);
      if (!given.isEmpty() && !given.equals(nationalId)) {
        return fail(AnnuaireColumn.NATIONAL_ID, "CPTS-1015");
      }
      String profession = get(AnnuaireColumn.PROFESSION_CODE);
      if (profession.isEmpty()) {
        return fail(AnnuaireColumn.PROFESSION_CODE, "CPTS-1006");
      }
      String[] codes = new String[5];
      AnnuaireColumn[] coded = {AnnuaireColumn.PROFESSION_CODE, AnnuaireColumn.CATEGORY_CODE, AnnuaireColumn.MODE_CODE,
          AnnuaireColumn.SECTOR_CODE, AnnuaireColumn.GENRE_CODE};
      for (int i = 0; i < coded.length; i++) {
        codes[i] = get(coded[i]);
        if (!codes[i].isEmpty() && !Activity.isCode(codes[i])) {
          return fail(coded[i], "CPTS-1007");
        }
      }
      List<SavoirFaire> sf = savoirFaire(nationalId);
      if (sf == null) {
        return "CPTS-1007";
      }
      Site site = site();
      if (site == null) {
        return codeOfSite;
      }
      String communeText = get(AnnuaireColumn.COMMUNE_CODE);
      CommuneCode commune = null;
      if (!communeText.isEmpty()) {
        commune = communes.computeIfAbsent(communeText, t -> CommuneCode.isValid(t) ? CommuneCode.of(t) : null);
        if (commune == null) {
          return fail(AnnuaireColumn.COMMUNE_CODE, "CPTS-1011");
        }
      } else {
        commune = locate();
      }
      Contact contact = null;
      if (contacts) {
        contact = contact();
        if (contact == null) {
          return "CPTS-1016";
        }
      }
      if (commune == null) {
        unplaced++;
      }
      sink.accept(new Activity(id, profession, codes[1], sf, codes[2], codes[3], codes[4], site, commune, contact));
      return null;
    }

    private String codeOfId = "";
    private String codeOfSite = "";

    private @Nullable Identifier professional() {
      String type = get(AnnuaireColumn.TYPE_ID);
      String value = get(AnnuaireColumn.ID);
      if (value.isEmpty()) {
        codeOfId = fail(AnnuaireColumn.ID, "CPTS-1006");
        return null;
      }
      if (type.equals("8")) {
        if (RppsNumber.isValid(value)) {
          return RppsNumber.parse(value);
        }
        codeOfId = fail(AnnuaireColumn.ID, "CPTS-1003");
      } else if (type.equals("0")) {
        if (AdeliNumber.isValid(value)) {
          return AdeliNumber.parse(value);
        }
        codeOfId = fail(AnnuaireColumn.ID, "CPTS-1004");
      } else {
        column = AnnuaireColumn.TYPE_ID.label2026();
        codeOfId = "CPTS-1005";
      }
      return null;
    }

    private @Nullable List<SavoirFaire> savoirFaire(String nationalId) {
      String code = get(AnnuaireColumn.SF_CODE);
      if (!code.isEmpty()) {
        String type = get(AnnuaireColumn.SF_TYPE_CODE);
        if (!Activity.isCode(code) || !Activity.isCode(type)) {
          column = (Activity.isCode(code) ? AnnuaireColumn.SF_TYPE_CODE : AnnuaireColumn.SF_CODE).label2026();
          return null;
        }
        return List.of(new SavoirFaire(type, code));
      }
      return savoirFaire == null ? List.of() : savoirFaire.of(nationalId);
    }

    private @Nullable Site site() {
      String siret = get(AnnuaireColumn.SIRET);
      String siren = get(AnnuaireColumn.SIREN);
      String finess = get(AnnuaireColumn.FINESS_SITE);
      String legal = get(AnnuaireColumn.FINESS_LEGAL);
      if (!siret.isEmpty() && !Siret.isValid(siret)) {
        codeOfSite = fail(AnnuaireColumn.SIRET, "CPTS-1008");
      } else if (!siren.isEmpty() && !Siren.isValid(siren)) {
        codeOfSite = fail(AnnuaireColumn.SIREN, "CPTS-1009");
      } else if (!finess.isEmpty() && !FinessNumber.isValid(finess)) {
        codeOfSite = fail(AnnuaireColumn.FINESS_SITE, "CPTS-1010");
      } else if (!legal.isEmpty() && !FinessNumber.isValid(legal)) {
        codeOfSite = fail(AnnuaireColumn.FINESS_LEGAL, "CPTS-1010");
      } else {
        String technical = get(AnnuaireColumn.TECHNICAL_ID);
        String former = get(AnnuaireColumn.FORMER_ID);
        if (technical.length() > 64 || former.length() > 64) {
          codeOfSite = fail(technical.length() > 64 ? AnnuaireColumn.TECHNICAL_ID : AnnuaireColumn.FORMER_ID, "CPTS-1016");
          return null;
        }
        if (siret.isEmpty() && siren.isEmpty() && finess.isEmpty() && legal.isEmpty() && technical.isEmpty() && former.isEmpty()) {
          return Site.NONE;
        }
        return new Site(siret.isEmpty() ? null : Siret.parse(siret), siren.isEmpty() ? null : Siren.parse(siren),
            finess.isEmpty() ? null : FinessNumber.parse(finess), legal.isEmpty() ? null : FinessNumber.parse(legal),
            technical, former);
      }
      return null;
    }

    private @Nullable CommuneCode locate() {
      String cedex = get(AnnuaireColumn.CEDEX);
      CommuneCode found = null;
      if (!cedex.isEmpty()) {
        Optional<CommuneCode> known = cedexes.get(cedex);
        if (known == null) {
          known = Optional.ofNullable(locator.locate(cedex));
          if (cedexes.size() < 100_000) {
            cedexes.put(cedex, known);
          }
        }
        found = known.orElse(null);
      }
      if (found == null) {
        String postal = get(AnnuaireColumn.POSTAL_CODE);
        String name = get(AnnuaireColumn.COMMUNE_LABEL);
        if (!postal.isEmpty() && !name.isEmpty()) {
          found = locator.locate(postal, name);
        }
      }
      return found;
    }

    private @Nullable Contact contact() {
      String[] v = {get(AnnuaireColumn.LAST_NAME), get(AnnuaireColumn.FIRST_NAME), get(AnnuaireColumn.PHONE),
          get(AnnuaireColumn.EMAIL)};
      AnnuaireColumn[] c = {AnnuaireColumn.LAST_NAME, AnnuaireColumn.FIRST_NAME, AnnuaireColumn.PHONE, AnnuaireColumn.EMAIL};
      for (int i = 0; i < v.length; i++) {
        if (v[i].length() > 256) {
          column = c[i].label2026();
          return null;
        }
      }
      return new Contact(v[0], v[1], v[2], v[3]);
    }

    private String fail(AnnuaireColumn c, String code) {
      column = c.label2026();
      return code;
    }
  }
}
