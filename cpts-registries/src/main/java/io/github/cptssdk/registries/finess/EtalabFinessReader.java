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
import io.github.cptssdk.registries.internal.Projection;
import io.github.cptssdk.registries.internal.QuotedRecordScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * <p>Memory: the file is read twice, one record at a time; between the passes the reader keeps the
 * positions of the geolocated sites in primitive arrays (24 to 96 bytes a site: about 6 MB for the
 * 100,000 sites of the national file). A bad record names
 * its row (the manifest is row 1) and its column, never a value. Immutable and thread-safe.
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

  private final OnError policy;
  private final RegistryLimits limits;

  private EtalabFinessReader(OnError policy, RegistryLimits limits) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** @return a strict reader with the default limits */
  public static EtalabFinessReader of() {
    return new EtalabFinessReader(OnError.STRICT, RegistryLimits.DEFAULTS);
  }

  /**
   * @param value stop at the first bad record, or skip and count bad records
   * @return a copy with this policy
   */
  public EtalabFinessReader withPolicy(OnError value) {
    return new EtalabFinessReader(value, limits);
  }

  /**
   * @param value the longest record and the most records
   * @return a copy with these limits
   */
  public EtalabFinessReader withLimits(RegistryLimits value) {
    return new EtalabFinessReader(policy, value);
  }

  /**
   * Reads the file twice: first every record is checked (in file order, so that {@link OnError#STRICT}
   * stops at the first bad one before any site is given) and the positions are kept, then the sites are
   * given with their positions.
   *
   * @param file an {@code etalab-cs1100507-stock-*.csv} (or {@code cs1100502}) file
   * @param sink receives each accepted site, in file order
   * @return what was read: rows are the {@code structureet} and {@code geolocalisation} records, unplaced
   *     the accepted sites with no commune
   * @throws RegistryException for a file without the manifest, a record too long or too many (limits), or
   *     the first bad record with {@link OnError#STRICT}
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadSummary read(Path file, Consumer<FinessSite> sink) {
    Objects.requireNonNull(sink, "sink");
    Pass check = new Pass(false);
    try (InputStream in = Files.newInputStream(file)) {
      check.run(in, null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Pass give = new Pass(true);
    try (InputStream in = Files.newInputStream(file)) {
      give.run(in, check.positions, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TextEncoding encoding = check.latin > 0 ? (check.utf8 > 0 ? TextEncoding.MIXED : TextEncoding.WINDOWS_1252) : TextEncoding.UTF_8;
    return new ReadSummary(check.rows, check.rows - check.rejectedTotal(), check.rejected, give.unplaced, encoding, check.latin);
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

    void run(InputStream in, @Nullable Positions known, @Nullable Consumer<FinessSite> sink) {
      QuotedRecordScanner s = new QuotedRecordScanner(in, (byte) ';', limits);
      if (!s.next() || !manifest(s.fields())) {
        throw RegistryException.of("CPTS-1050");
      }
      while (s.next()) {
        String[] f = s.fields();
        String type = f[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals(SOCIAL_EQUIPMENT)) {
          continue;
        }
        rows++;
        latin += s.windows1252() ? 1 : 0;
        utf8 += s.nonAsciiUtf8() ? 1 : 0;
        try {
          record(s, type, f, known, sink);
        } catch (RegistryException e) {
          if (policy == OnError.STRICT) {
            throw e;
          }
          rejected.merge(e.code(), 1L, Long::sum);
        }
      }
    }

    private void record(QuotedRecordScanner s, String type, String[] f, @Nullable Positions known,
        @Nullable Consumer<FinessSite> sink) {
      long row = s.record();
      boolean structure = type.equals(STRUCTURE) && f.length == STRUCTURE_FIELDS;
      boolean geolocation = type.equals(GEOLOCATION) && f.length == GEOLOCATION_FIELDS;
      if (!structure && !geolocation) {
        throw new RegistryException("CPTS-1051", row, type.equals(STRUCTURE) || type.equals(GEOLOCATION) ? type : "record type");
      }
      List<String> columns = structure ? STRUCTURE_COLUMNS : GEOLOCATION_COLUMNS;
      if (s.malformedField() >= 0) {
        throw new RegistryException("CPTS-1052", row, columns.get(s.malformedField()));
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
      try {
        GeoPoint point = new GeoPoint(p[0], p[1]);
        positions.put(key, point);
      } catch (IllegalArgumentException e) {
        throw new RegistryException("CPTS-1058", row, "coordxet");
      }
    }
  }

  private static boolean manifest(String[] f) {
    return f.length >= 2 && f[0].trim().equalsIgnoreCase("finess") && f[1].trim().equalsIgnoreCase("etalab");
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
