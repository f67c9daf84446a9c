package io.github.cptssdk.registries.finess;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.RegistryLimits;
import io.github.cptssdk.registries.TextEncoding;
import io.github.cptssdk.registries.internal.LineScanner;
import io.github.cptssdk.registries.internal.Projection;
import io.github.cptssdk.registries.internal.RegistryFiles;
import io.github.cptssdk.registries.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads the legacy Etalab FINESS extraction ({@code etalab-cs1100507-stock-<YYYYMMDD>-<hhmm>.csv}, frozen
 * since May 2026, for archives; {@code cs1100502} has no geolocation section) into the same
 * {@link FinessSite}s as {@link FinessPlusReader}, so that the supply and the CPTS placement take either.
 *
 * <p>Format (docs/registries.md): {@code ;}-separated, RFC 4180 quotes (doubled inside), no header but a
 * manifest first line {@code finess;etalab;<n>;<YYYY-MM-DD>}; then {@code structureet} records (32 fields)
 * and {@code geolocalisation} records (6 fields), joined on {@code nofinesset}; {@code equipementsocial}
 * records are ignored. Windows-1252 (each record holding a byte above 127 is read as UTF-8 when it is valid
 * UTF-8, as some re-published copies are). The commune is {@code departement + commune}, with the overseas
 * departments 9A-9F turned into {@code 97} and 9J into {@code 98} (9D + 411 gives 97411). Coordinates are
 * Lambert 93 or UTM, as named by {@code sourcecoordet}, turned into WGS84; an unknown system leaves the site
 * without a position. Every site of the stock is open ({@link FinessSite#active()}); it has no engagement;
 * its SIREN is the one of its SIRET.
 *
 * <p>Streaming, in bounded memory for any size: the file is read twice through the shared byte scanner
 * ({@code LineScanner.quoted}, the {@code ByteScanner} of every separated-values reader), one record at a time
 * (at most {@link RegistryLimits#maxRecordBytes()}, the scanner's buffer about twice that), and each site is
 * given to the sink as soon as it is read. The join of the {@code geolocalisation} records (which follow the
 * {@code structureet} records) is all that grows with the file: between the passes the reader keeps the
 * positions of the geolocated sites in primitive arrays, 24 bytes a slot at most half full (about 6 MiB for the
 * 100,000 sites of the national file), at most {@link #MAX_POSITIONS} of them (24 MiB, 36 MiB while the table
 * grows; beyond, CPTS-1061). A stream is copied to a temporary file first. A bad record names its row (the
 * manifest is row 1) and its column, never a value. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EtalabFinessReader {

  /** The record types and their field counts (reference document §2.2). */
  static final String STRUCTURE = "structureet";
  static final String GEOLOCATION = "geolocalisation";
  static final String SOCIAL_EQUIPMENT = "equipementsocial";
  static final int STRUCTURE_FIELDS = 32;
  static final int GEOLOCATION_FIELDS = 6;

  /** The fields of a {@code structureet} record, from 0 (taniki/notebooks, the skema Etab parser). */
  static final List<String> STRUCTURE_COLUMNS = List.of("structureet", "nofinesset", "nofinessej", "rs", "rslongue",
      "complrs", "compldistrib", "numvoie", "typvoie", "voie", "compvoie", "lieuditbp", "commune", "departement",
      "libdepartement", "ligneacheminement", "telephone", "telecopie", "categetab", "libcategetab", "categagretab",
      "libcategagretab", "siret", "codeape", "codemft", "libmft", "codesph", "libsph", "dateouv", "dateautor", "datemaj",
      "numuai");
  /** The fields of a {@code geolocalisation} record. */
  static final List<String> GEOLOCATION_COLUMNS = List.of("geolocalisation", "nofinesset", "coordxet", "coordyet",
      "sourcecoordet", "datemaj");

  private static final int NOFINESSET = 1;
  private static final int NOFINESSEJ = 2;
  private static final int RS = 3;
  private static final int RSLONGUE = 4;
  private static final int COMMUNE = 12;
  private static final int DEPARTEMENT = 13;
  private static final int CATEGETAB = 18;
  private static final int SIRET = 22;
  private static final int DATEOUV = 28;

  /**
   * The most geolocated sites the join holds (CPTS-1061 beyond): five times the about 100,000 sites of the
   * national file, so that the positions take at most 2^20 slots of 24 bytes (24 MiB; 36 MiB while the table
   * grows) whatever the size of the file.
   */
  public static final int MAX_POSITIONS = 500_000;
  /** A limit: it stops the read under either policy. */
  private static final String TOO_MANY_POSITIONS = "CPTS-1061";

  private final OnError policy;
  private final RegistryLimits limits;
  private final int maxPositions;

  private EtalabFinessReader(OnError policy, RegistryLimits limits, int maxPositions) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.maxPositions = maxPositions;
  }

  /** @return a strict reader with the default limits */
  public static EtalabFinessReader of() {
    return new EtalabFinessReader(OnError.STRICT, RegistryLimits.DEFAULTS, MAX_POSITIONS);
  }

  /** For the tests of CPTS-1061: a reader joining at most {@code value} positions. */
  EtalabFinessReader withMaxPositions(int value) {
    return new EtalabFinessReader(policy, limits, value);
  }

  /**
   * @param value stop at the first bad record, or skip and count bad records
   * @return a copy with this policy
   */
  public EtalabFinessReader withPolicy(OnError value) {
    return new EtalabFinessReader(value, limits, maxPositions);
  }

  /**
   * @param value the longest record and the most records
   * @return a copy with these limits
   */
  public EtalabFinessReader withLimits(RegistryLimits value) {
    return new EtalabFinessReader(policy, value, maxPositions);
  }

  /**
   * Reads the file twice, streaming: first every record is checked (in file order, so that
   * {@link OnError#STRICT} stops at the first bad one before any site is given) and the positions are kept,
   * then the sites are given, one at a time, with their positions.
   *
   * @param file an {@code etalab-cs1100507-stock-*.csv} (or {@code cs1100502}) file
   * @param sink receives each accepted site, in file order
   * @return what was read: rows are the {@code structureet} and {@code geolocalisation} records, unplaced
   *     the accepted sites with no commune
   * @throws RegistryException for a file without the manifest, a record too long or too many (limits), more
   *     geolocated sites than {@link #MAX_POSITIONS}, or the first bad record with {@link OnError#STRICT}
   *     (CPTS-1042 if the file is missing, a directory or cannot be read)
   */
  public ReadSummary read(Path file, Consumer<FinessSite> sink) {
    Objects.requireNonNull(sink, "sink");
    String source = RegistryFiles.name(file);
    Pass check = new Pass(false);
    RegistryFiles.io(file, () -> {
      try (InputStream in = RegistryFiles.open(file)) {
        check.run(in, source, null, null);
      }
      return null;
    });
    Pass give = new Pass(true);
    RegistryFiles.io(file, () -> {
      try (InputStream in = RegistryFiles.open(file)) {
        give.run(in, source, check.positions, sink);
      }
      return null;
    });
    TextEncoding encoding = check.latin > 0 ? (check.utf8 > 0 ? TextEncoding.MIXED : TextEncoding.WINDOWS_1252) : TextEncoding.UTF_8;
    return new ReadSummary(check.rows, check.rows - check.rejectedTotal(), check.rejected, give.unplaced, encoding, check.latin);
  }

  /**
   * Reads a stream as {@link #read(Path, Consumer)} reads a file: the join of the geolocalisation records
   * (which follow the {@code structureet} records in the national file) needs two passes, so the stream is
   * first copied to a temporary file, deleted after the read (disk: the size of the stream; memory: as for a
   * file).
   *
   * @param in the bytes of an Etalab extraction (not closed)
   * @param sink receives each accepted site, in stream order
   * @return what was read (see {@link #read(Path, Consumer)})
   * @throws RegistryException as {@link #read(Path, Consumer)} (CPTS-1042 naming the stream if it, or the
   *     temporary file, cannot be read or written)
   */
  public ReadSummary read(InputStream in, Consumer<FinessSite> sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sink, "sink");
    Path copy;
    try {
      copy = Files.createTempFile("cpts-etalab-", ".csv");
    } catch (IOException e) {
      throw RegistryFiles.unreadable(RegistryFiles.STREAM);
    }
    try {
      try (OutputStream out = Files.newOutputStream(copy)) {
        in.transferTo(out);
      }
      return read(copy, sink);
    } catch (IOException e) {
      throw RegistryFiles.unreadable(RegistryFiles.STREAM);
    } catch (RegistryException e) {
      throw e.code().equals("CPTS-1042") ? RegistryFiles.unreadable(RegistryFiles.STREAM) : e;
    } finally {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        copy.toFile().deleteOnExit();
      }
    }
  }

  /** One pass over the file: the first checks every record and keeps the positions, the second gives the sites. */
  private final class Pass {
    final boolean giving;
    final Positions positions = new Positions();
    final Map<String, Long> rejected = new HashMap<>();
    long rows;
    long latin;
    long utf8;
    long unplaced;

    Pass(boolean giving) {
      this.giving = giving;
    }

    long rejectedTotal() {
      return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    void run(InputStream in, String source, @Nullable Positions known, @Nullable Consumer<FinessSite> sink) {
      LineScanner s = LineScanner.quoted(in, (byte) ';', limits, source);
      if (!manifest(s)) {
        throw RegistryException.of("CPTS-1050");
      }
      while (true) {
        try {
          if (!s.next()) {
            return;
          }
        } catch (RegistryException e) {
          if (policy == OnError.STRICT || !e.code().equals(LineScanner.UNTERMINATED)) {
            throw e;
          }
          rows++; // a quote not closed: the record runs to the end of the input
          rejected.merge(e.code(), 1L, Long::sum);
          return;
        }
        String type = Text.decode(s.bytes(), s.start(0), s.end(0), false).trim().toLowerCase(Locale.ROOT);
        if (type.equals(SOCIAL_EQUIPMENT)) {
          continue;
        }
        rows++;
        try {
          record(s, type, known, sink);
        } catch (RegistryException e) {
          if (policy == OnError.STRICT || e.code().equals(TOO_MANY_POSITIONS)) {
            throw e;
          }
          rejected.merge(e.code(), 1L, Long::sum);
        }
      }
    }

    private void record(LineScanner s, String type, @Nullable Positions known, @Nullable Consumer<FinessSite> sink) {
      long row = s.record();
      int ignored = s.ignoredSeparators();
      int count = s.fieldCount() + Math.max(0, ignored);
      boolean structure = type.equals(STRUCTURE) && count == STRUCTURE_FIELDS;
      boolean geolocation = type.equals(GEOLOCATION) && count == GEOLOCATION_FIELDS;
      String[] f = fields(s);
      if (!structure && !geolocation) {
        throw new RegistryException("CPTS-1051", row, type.equals(STRUCTURE) || type.equals(GEOLOCATION) ? type : "record type");
      }
      if (ignored >= 0) {
        throw new RegistryException("CPTS-1052", row, (structure ? STRUCTURE_COLUMNS : GEOLOCATION_COLUMNS).get(s.fieldCount() - 1));
      }
      if (geolocation) {
        if (!giving) {
          geolocation(f, row);
        }
        return;
      }
      FinessSite site = site(f, row, known == null ? null : known.get(key(f[NOFINESSET].trim())));
      if (sink != null) {
        unplaced += site.commune() == null ? 1 : 0;
        sink.accept(site);
      }
    }

    /** @return the fields of the record, decoded as UTF-8 if it is valid UTF-8, else as Windows-1252 (counted) */
    private String[] fields(LineScanner s) {
      byte[] b = s.bytes();
      boolean valid = true;
      for (int i = 0; valid && s.hasHighBytes() && i < s.fieldCount(); i++) {
        valid = Text.isUtf8(b, s.start(i), s.end(i));
      }
      latin += s.hasHighBytes() && !valid ? 1 : 0;
      utf8 += s.hasHighBytes() && valid ? 1 : 0;
      String[] f = new String[s.fieldCount()];
      for (int i = 0; i < f.length; i++) {
        f[i] = Text.decode(b, s.start(i), s.end(i), valid);
      }
      return f;
    }

    private void geolocation(String[] f, long row) {
      FinessNumber finess = finess(f[NOFINESSET], row, "nofinesset", true);
      double x = coordinate(f[2], row, "coordxet");
      double y = coordinate(f[3], row, "coordyet");
      long key = key(Objects.requireNonNull(finess).value());
      if (positions.contains(key)) {
        throw new RegistryException("CPTS-1059", row, "nofinesset");
      }
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return;
      }
      double[] p = Projection.toLatLon(f[4], x, y);
      if (p == null) {
        return;
      }
      GeoPoint point;
      try {
        point = new GeoPoint(p[0], p[1]);
      } catch (IllegalArgumentException e) {
        throw new RegistryException("CPTS-1058", row, "coordxet");
      }
      if (positions.size() >= maxPositions) {
        throw new RegistryException(TOO_MANY_POSITIONS, row, "nofinesset");
      }
      positions.put(key, point);
    }
  }

  /**
   * @return true if the first record is the manifest {@code finess;etalab;...}; false for an empty input or a
   *     first record that cannot be read as one (a quote not closed)
   */
  private static boolean manifest(LineScanner s) {
    try {
      if (!s.next()) {
        return false;
      }
    } catch (RegistryException e) {
      if (e.code().equals(LineScanner.UNTERMINATED)) {
        return false;
      }
      throw e;
    }
    return s.fieldCount() >= 2 && field(s, 0).equalsIgnoreCase("finess") && field(s, 1).equalsIgnoreCase("etalab");
  }

  private static String field(LineScanner s, int i) {
    return Text.decode(s.bytes(), s.start(i), s.end(i), false).trim();
  }

  static FinessSite site(String[] f, long row, @Nullable GeoPoint location) {
    FinessNumber finess = Objects.requireNonNull(finess(f[NOFINESSET], row, "nofinesset", true));
    FinessNumber legal = finess(f[NOFINESSEJ], row, "nofinessej", false);
    String siretText = f[SIRET].trim();
    if (!siretText.isEmpty() && !Siret.isValid(siretText)) {
      throw new RegistryException("CPTS-1056", row, "siret");
    }
    Siret siret = siretText.isEmpty() ? null : Siret.parse(siretText);
    String category = f[CATEGETAB].trim();
    if (!category.matches("\\d{1,4}")) {
      throw new RegistryException("CPTS-1055", row, "categetab");
    }
    String name = f[RS].trim().isEmpty() ? f[RSLONGUE].trim() : f[RS].trim();
    return new FinessSite(finess, legal, siret == null ? null : siret.siren(), siret,
        name.length() > 200 ? name.substring(0, 200) : name, category, commune(f[DEPARTEMENT], f[COMMUNE], row),
        location, date(f[DATEOUV], row, "dateouv"), null, List.of(), true);
  }

  /**
   * @param departement the {@code departement} field ({@code 01}..{@code 95}, {@code 2A}, {@code 2B},
   *     {@code 9A}..{@code 9F}, {@code 9J})
   * @param commune the 3-character {@code commune} field
   * @return the INSEE code, or null when both are empty
   */
  static @Nullable CommuneCode commune(String departement, String commune, long row) {
    String d = departement.trim().toUpperCase(Locale.ROOT);
    String c = commune.trim();
    if (d.isEmpty() && c.isEmpty()) {
      return null;
    }
    if (!c.matches("\\d{3}")) {
      throw new RegistryException("CPTS-1054", row, "commune");
    }
    String insee = insee(d, c);
    if (insee == null || !CommuneCode.isValid(insee)) {
      throw new RegistryException("CPTS-1054", row, "departement");
    }
    return CommuneCode.parse(insee);
  }

  /** The overseas rule of the reference document §2.2: 9A-9F give 97, 9J gives 98; else department + commune. */
  static @Nullable String insee(String d, String c) {
    if (d.length() == 2 && d.charAt(0) == '9' && d.charAt(1) >= 'A' && d.charAt(1) <= 'F') {
      return "97" + c;
    }
    if (d.equals("9J")) {
      return "98" + c;
    }
    if (d.matches("\\d{2}|2A|2B")) {
      return d + c;
    }
    return null;
  }

  private static @Nullable FinessNumber finess(String text, long row, String column, boolean required) {
    String t = text.trim();
    if (t.isEmpty() && !required) {
      return null;
    }
    if (!FinessNumber.isValid(t)) {
      throw new RegistryException("CPTS-1053", row, column);
    }
    return FinessNumber.parse(t);
  }

  private static @Nullable LocalDate date(String text, long row, String column) {
    String t = text.trim();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new RegistryException("CPTS-1057", row, column);
    }
  }

  /** @return the coordinate in metres, or NaN when empty */
  private static double coordinate(String text, long row, String column) {
    String t = text.trim();
    if (t.isEmpty()) {
      return Double.NaN;
    }
    if (!t.matches("-?\\d{1,9}(\\.\\d{1,12})?")) {
      throw new RegistryException("CPTS-1058", row, column);
    }
    return Double.parseDouble(t);
  }

  /** @return the FINESS number packed in a long (9 characters of 6 bits), or -1 if it is not 9 letters or digits */
  static long key(String finess) {
    if (finess.length() != 9) {
      return -1;
    }
    long k = 0;
    for (int i = 0; i < 9; i++) {
      char c = Character.toUpperCase(finess.charAt(i));
      int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? 10 + c - 'A' : -1;
      if (v < 0) {
        return -1;
      }
      k = k << 6 | v;
    }
    return k;
  }

  /** An open-addressing map from a packed FINESS number to a position: 8 + 16 bytes a slot, at most half full. */
  static final class Positions {
    private long[] keys = new long[1024];
    private double[] lat = new double[1024];
    private double[] lon = new double[1024];
    private final java.util.BitSet used = new java.util.BitSet();
    private int size;

    Positions() {
      Arrays.fill(keys, -1);
    }

    boolean contains(long key) {
      return used.get(slot(key));
    }

    int size() {
      return size;
    }

    @Nullable GeoPoint get(long key) {
      if (key < 0) {
        return null;
      }
      int s = slot(key);
      return used.get(s) ? new GeoPoint(lat[s], lon[s]) : null;
    }

    void put(long key, GeoPoint p) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int s = slot(key);
      if (!used.get(s)) {
        size++;
      }
      used.set(s);
      keys[s] = key;
      lat[s] = p.latitude();
      lon[s] = p.longitude();
    }

    private int slot(long key) {
      int mask = keys.length - 1;
      int s = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
      while (used.get(s) && keys[s] != key) {
        s = (s + 1) & mask;
      }
      return s;
    }

    private void grow() {
      long[] oldKeys = keys;
      double[] oldLat = lat;
      double[] oldLon = lon;
      java.util.BitSet oldUsed = (java.util.BitSet) used.clone();
      keys = new long[oldKeys.length * 2];
      Arrays.fill(keys, -1);
      lat = new double[keys.length];
      lon = new double[keys.length];
      used.clear();
      size = 0;
      for (int i = oldUsed.nextSetBit(0); i >= 0; i = oldUsed.nextSetBit(i + 1)) {
        put(oldKeys[i], new GeoPoint(oldLat[i], oldLon[i]));
      }
    }
  }
}
