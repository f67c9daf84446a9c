package io.github.cptssdk.registries.finess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.TextEncoding;
import io.github.cptssdk.registries.internal.Projection;
import io.github.cptssdk.registries.supply.CptsPlacement;
import io.github.cptssdk.registries.supply.StructureCount;
import io.github.cptssdk.registries.supply.Supply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The legacy Etalab FINESS reader on synthetic files shaped like {@code etalab-cs1100507-stock-*.csv}
 * (no real Etalab sample is in ../shared/registries: the projections are checked on the real FINESS+
 * sample, which carries both the projected and the WGS84 coordinates of each geocoded site).
 */
class EtalabFinessReaderTest {

  static final CommuneReferential REF = CommuneReferential.official();
  static final List<CommuneCode> COMMUNES = List.of("34301", "01053", "75056", "2A004", "2B033", "97411", "97123",
      "97209", "97302", "97502", "97611", "98611", "13055").stream().map(CommuneCode::of).toList();
  static final List<String> SIRETS = List.of("", "77220148900022");

  /** Under target/ (jqwik properties get no JUnit temporary folder). */
  static final Path DIR = Path.of("target", "etalab-fixtures");

  static Path file(byte[] bytes) {
    try {
      Path dir = Files.createDirectories(DIR);
      Path p = Files.createTempFile(dir, "etalab-cs1100507-stock-", ".csv");
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<FinessSite> read(Path file, OnError policy) {
    List<FinessSite> out = new ArrayList<>();
    EtalabFinessReader.of().withPolicy(policy).read(file, out::add);
    return out;
  }

  static FinessSite site(String payload, String category, String commune, GeoPoint at) {
    return new FinessSite(FinessNumber.withComputedKey(payload), FinessNumber.withComputedKey("34078019"), Siret.parse("77220148900022").siren(),
        Siret.parse("77220148900022"), "MSP \"LES AIRES\"; SETE", category, commune == null ? null : CommuneCode.of(commune), at,
        LocalDate.of(2019, 3, 1), null, List.of(), true);
  }

  @Test
  void aFileShapedLikeTheRealOneGivesItsSitesWithTheirCommunesAndPositions() {
    EtalabFixture f = new EtalabFixture()
        .add(site("34000001", "603", "34301", new GeoPoint(43.4028, 3.6928)))
        .add(site("97400001", "124", "97411", new GeoPoint(-20.8823, 55.4504)))
        .add(site("97100001", "620", "97123", new GeoPoint(17.8966, -62.8498)))
        .add(site("98600001", "604", "98611", null))
        .add(site("2A000001", "500", "2A004", new GeoPoint(41.9192, 8.7386)));
    List<String> lines = new ArrayList<>(f.lines());
    lines.add(2, "equipementsocial;340000012;1;2;3");
    Path p = file(EtalabFixture.bytes(lines, EtalabFixture.WINDOWS_1252));
    List<FinessSite> sites = new ArrayList<>();
    ReadSummary s = EtalabFinessReader.of().read(p, sites::add);
    assertThat(s.rows()).isEqualTo(9);
    assertThat(s.accepted()).isEqualTo(9);
    assertThat(s.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
    assertThat(sites).extracting(x -> x.commune().value()).containsExactly("34301", "97411", "97123", "98611", "2A004");
    FinessSite sete = sites.get(0);
    assertThat(sete.name()).isEqualTo("MSP \"LES AIRES\"; SETE");
    assertThat(sete.category()).isEqualTo("603");
    assertThat(sete.siren().value()).isEqualTo("772201489");
    assertThat(sete.legalEntity()).isEqualTo(FinessNumber.withComputedKey("34078019"));
    assertThat(sete.opened()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(sete.active()).isTrue();
    assertThat(sete.location().latitude()).isCloseTo(43.4028, within(1e-7));
    assertThat(sete.location().longitude()).isCloseTo(3.6928, within(1e-7));
    assertThat(sites.get(1).location().latitude()).isCloseTo(-20.8823, within(1e-7));
    assertThat(sites.get(2).location().longitude()).isCloseTo(-62.8498, within(1e-7));
    assertThat(sites.get(3).location()).isNull();
    assertThat(sites.get(4).location().longitude()).isCloseTo(8.7386, within(1e-7));
  }

  @Test
  void theLambert93InverseGivesTheWgs84OfTheRealFinessPlusSample() throws IOException {
    String json = Files.readString(FinessPlusReaderTest.sample());
    Matcher m = Pattern.compile("\"coordonneeX\"\\s*:\\s*\"([\\d.]+)\"\\s*,\\s*\"coordonneeY\"\\s*:\\s*\"([\\d.]+)\"\\s*,"
        + "\\s*\"directionLatitude\"\\s*:\\s*\"([-\\d.]+)\"\\s*,\\s*\"directionLongitude\"\\s*:\\s*\"([-\\d.]+)\"").matcher(json);
    int n = 0;
    while (m.find()) {
      // FINESS+ swaps X and Y: coordonneeX holds the northing
      double[] p = Projection.toLatLon("LAMBERT_93", Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1)));
      assertThat(p[0]).isCloseTo(Double.parseDouble(m.group(3)), within(2e-6));
      assertThat(p[1]).isCloseTo(Double.parseDouble(m.group(4)), within(2e-6));
      n++;
    }
    assertThat(n).as("geocoded addresses of the sample").isGreaterThanOrEqualTo(18);
    assertThat(Projection.toLatLon("x,LAMBERT_93", 700_000, 6_600_000)).containsExactly(new double[] {46.5, 3.0}, within(1e-9));
  }

  @Test
  void theUtmInverseGivesTheCentralMeridianAndTheEquatorAndInvertsTheForwardSeries() {
    assertThat(Projection.toLatLon("UTM_N20", 500_000, 0)).containsExactly(new double[] {0, -63}, within(1e-9));
    assertThat(Projection.toLatLon("UTM_S40", 500_000, 10_000_000)).containsExactly(new double[] {0, 57}, within(1e-9));
    double[] xy = EtalabFixture.Forward.utm(40, -21.1151, 55.5364);
    assertThat(Projection.toLatLon("UTM_S40", xy[0], xy[1])).containsExactly(new double[] {-21.1151, 55.5364}, within(1e-8));
    assertThat(Projection.toLatLon("1,IGN,UNKNOWN_SYSTEM", 1, 1)).isNull();
  }

  @Test
  void aUtf8CopyIsReadAsUtf8() {
    Path p = file(new EtalabFixture().add(site("34000001", "603", "34301", null)).bytes(StandardCharsets.UTF_8));
    List<FinessSite> sites = new ArrayList<>();
    assertThat(EtalabFinessReader.of().read(p, sites::add).encoding()).isEqualTo(TextEncoding.UTF_8);
    FinessSite one = site("34000001", "603", "34301", null);
    assertThat(sites).containsExactly(one);
  }

  @Test
  void sitesFeedTheSupplyAndThePlacementOfTheCpts() {
    Path p = file(new EtalabFixture().add(site("34000001", "603", "34301", null)).add(site("34000002", "604", "34301", null))
        .add(site("34000003", "603", "34213", null)).add(site("01000001", "603", "01053", null)).bytes(EtalabFixture.WINDOWS_1252));
    Supply supply = Supply.of(REF, REF.departmentTerritory("34"));
    EtalabFinessReader.of().read(p, supply::addSite);
    assertThat(supply.result().structures()).extracting(StructureCount::category, StructureCount::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("603", 2L), org.assertj.core.groups.Tuple.tuple("604", 1L));
    List<CptsPlacement> placed = read(p, OnError.STRICT).stream().filter(s -> s.category().equals(FinessSite.CPTS))
        .flatMap(s -> CptsPlacement.of(REF, s).stream()).toList();
    assertThat(placed).singleElement().satisfies(c -> assertThat(c.commune()).isEqualTo(CommuneCode.of("34301")));
  }

  @Test
  void theFormatIsDetectedFromTheFirstBytes() throws IOException {
    Path etalab = file(new EtalabFixture().bytes(EtalabFixture.WINDOWS_1252));
    assertThat(FinessFormat.detect(etalab)).isEqualTo(FinessFormat.ETALAB_CSV);
    assertThat(FinessFormat.detect(FinessPlusReaderTest.sample())).isEqualTo(FinessFormat.PLUS_JSON);
    assertThat(FinessFormat.detect(file("\uFEFF  {\"pmej\":[]}".getBytes(StandardCharsets.UTF_8)))).isEqualTo(FinessFormat.PLUS_JSON);
    assertThatThrownBy(() -> FinessFormat.detect(file("id;name\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.code()).isEqualTo("CPTS-1060"));
    List<FinessSite> sites = new ArrayList<>();
    FinessFormat.PLUS_JSON.read(FinessPlusReaderTest.sample(), OnError.STRICT, sites::add);
    assertThat(sites).hasSize(27);
  }

  // --- bad input: each error kind with its code, row and column, never the value ---

  static RegistryException failure(String dataLine) {
    Path p = file(EtalabFixture.utf8(List.of(EtalabFixture.line(structure()), dataLine)));
    try {
      read(p, OnError.STRICT);
    } catch (RegistryException e) {
      return e;
    }
    throw new AssertionError("no error for " + dataLine);
  }

  static String[] structure() {
    String[] f = new String[32];
    java.util.Arrays.fill(f, "");
    f[0] = "structureet";
    f[1] = FinessNumber.withComputedKey("34000001").value();
    f[3] = "NOM";
    f[12] = "301";
    f[13] = "34";
    f[18] = "603";
    return f;
  }

  static String structureWith(int field, String value) {
    String[] f = structure();
    f[1] = FinessNumber.withComputedKey("34000009").value();
    f[field] = value;
    return EtalabFixture.line(f);
  }

  static String geolocation(String x, String y) {
    return EtalabFixture.line("geolocalisation", FinessNumber.withComputedKey("34000001").value(), x, y, "1,IGN,LAMBERT_93", "2026-05-04");
  }

  @Test
  void everyErrorKindHasItsCodeRowAndColumn() {
    record Case(String line, String code, String column) {}
    String secret = "DUPONTSECRET";
    List<Case> cases = List.of(
        new Case("structureet;" + secret + ";x", "CPTS-1051", "structureet"),
        new Case("geolocalisation;" + secret, "CPTS-1051", "geolocalisation"),
        new Case(secret + ";1;2", "CPTS-1051", "record type"),
        new Case(structureWith(3, "PLACEHOLDER").replace("PLACEHOLDER", "\"" + secret + "\"x"), "CPTS-1052", "rs"),
        new Case(structureWith(1, secret), "CPTS-1053", "nofinesset"),
        new Case(structureWith(2, "123456789"), "CPTS-1053", "nofinessej"),
        new Case(structureWith(12, "3X1"), "CPTS-1054", "commune"),
        new Case(structureWith(13, "9Z"), "CPTS-1054", "departement"),
        new Case(structureWith(18, secret), "CPTS-1055", "categetab"),
        new Case(structureWith(22, "12345678901234"), "CPTS-1056", "siret"),
        new Case(structureWith(28, "01/03/2019"), "CPTS-1057", "dateouv"),
        new Case(geolocation("12,5", "6600000"), "CPTS-1058", "coordxet"),
        new Case(geolocation("700000", "NaN"), "CPTS-1058", "coordyet"),
        new Case(geolocation("700000", "999999999"), "CPTS-1058", "coordxet"));
    for (Case c : cases) {
      RegistryException e = failure(c.line());
      assertThat(e.code()).as(c.line()).isEqualTo(c.code());
      assertThat(e.row()).as(c.line()).isEqualTo(3);
      assertThat(e.column()).as(c.line()).isEqualTo(c.column());
      assertThat(e.getMessage()).doesNotContain(secret).contains("row 3");
    }
    String geo = geolocation("700000", "6600000");
    Path twice = file(EtalabFixture.utf8(List.of(EtalabFixture.line(structure()), geo, geo)));
    assertThatThrownBy(() -> read(twice, OnError.STRICT)).isInstanceOfSatisfying(RegistryException.class,
        e -> assertThat(List.of(e.code(), e.row(), e.column())).containsExactly("CPTS-1059", 4L, "nofinesset"));
  }

  @Test
  void anUnclosedQuoteAtTheEndIsMalformedAndAFileWithoutManifestIsRefused() {
    RegistryException e = failure("structureet;\"" + "unclosed");
    assertThat(e.code()).isEqualTo("CPTS-1051"); // two fields only: the field count is checked first
    Path noManifest = file("structureet;1;2\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> read(noManifest, OnError.STRICT)).isInstanceOfSatisfying(RegistryException.class,
        x -> assertThat(x.code()).isEqualTo("CPTS-1050"));
    Path empty = file(new byte[0]);
    assertThatThrownBy(() -> read(empty, OnError.SKIP)).isInstanceOfSatisfying(RegistryException.class,
        x -> assertThat(x.code()).isEqualTo("CPTS-1050"));
  }

  @Test
  void skipCountsBadRecordsByCodeAndStrictStopsBeforeGivingAnySite() {
    Path p = file(EtalabFixture.utf8(List.of(EtalabFixture.line(structure()), structureWith(18, "x"), structureWith(1, "1"),
        geolocation("1", "x"))));
    List<FinessSite> sites = new ArrayList<>();
    ReadSummary s = EtalabFinessReader.of().withPolicy(OnError.SKIP).read(p, sites::add);
    assertThat(s.rows()).isEqualTo(4);
    assertThat(s.accepted()).isEqualTo(1);
    assertThat(s.rejectedByCode()).containsEntry("CPTS-1055", 1L).containsEntry("CPTS-1053", 1L).containsEntry("CPTS-1058", 1L);
    assertThat(sites).hasSize(1);
    List<FinessSite> none = new ArrayList<>();
    assertThatThrownBy(() -> EtalabFinessReader.of().read(p, none::add)).isInstanceOf(RegistryException.class);
    assertThat(none).isEmpty();
  }

  // --- properties ---

  @Provide
  Arbitrary<List<FinessSite>> sites() {
    Arbitrary<String> names = Arbitraries.strings().withChars("ABCDEÉÈÀÇ'\";- é").ofMinLength(1).ofMaxLength(30)
        .map(String::trim).filter(s -> !s.isEmpty());
    Arbitrary<FinessSite> one = Combinators.combine(Arbitraries.integers().between(0, 999_999), Arbitraries.of(COMMUNES),
        Arbitraries.of("603", "124", "604", "500", "620", "355"), names, Arbitraries.of(SIRETS),
        Arbitraries.integers().between(0, 30_000).injectNull(0.2), Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1))
        .as((n, commune, category, name, siret, days, u, v) -> {
          String dept = EtalabFixture.departmentAndCommune(commune)[0];
          FinessNumber finess = FinessNumber.withComputedKey((dept.startsWith("9") ? commune.value().substring(0, 3) : dept)
              + String.format("%0" + (dept.startsWith("9") ? 5 : 6) + "d", n % (dept.startsWith("9") ? 100_000 : 1_000_000)));
          return new FinessSite(finess, null, siret.isEmpty() ? null : Siret.parse(siret).siren(), siret.isEmpty() ? null : Siret.parse(siret),
              name, category, commune, position(commune, u, v), days == null ? null : LocalDate.of(1950, 1, 1).plusDays(days), null,
              List.of(), true);
        });
    return one.list().ofMaxSize(25).uniqueElements(FinessSite::finess);
  }

  /** A position near the commune's territory, so that the projection of its system is meaningful; none for 98x (unknown system). */
  static GeoPoint position(CommuneCode c, double u, double v) {
    String d = c.value().substring(0, 3);
    return switch (d) {
      case "971", "972" -> new GeoPoint(14.4 + 2 * u, -61.8 + v);
      case "973" -> new GeoPoint(2.2 + 3.5 * u, -54.5 + 2.8 * v);
      case "974" -> new GeoPoint(-21.4 + 0.5 * u, 55.2 + 0.6 * v);
      case "975" -> new GeoPoint(46.7 + 0.4 * u, -56.4 + 0.3 * v);
      case "976" -> new GeoPoint(-13.0 + 0.4 * u, 45.0 + 0.3 * v);
      default -> c.value().startsWith("98") ? null : new GeoPoint(41.3 + 9.8 * u, -5.2 + 14.8 * v);
    };
  }

  static void assertSame(List<FinessSite> read, List<FinessSite> written) {
    assertThat(read).hasSameSizeAs(written);
    for (int i = 0; i < read.size(); i++) {
      FinessSite a = read.get(i);
      FinessSite b = written.get(i);
      assertThat(new FinessSite(a.finess(), a.legalEntity(), a.siren(), a.siret(), a.name(), a.category(), a.commune(), b.location(),
          a.opened(), a.closed(), a.engagements(), a.active())).isEqualTo(b);
      if (b.location() == null) {
        assertThat(a.location()).isNull();
      } else {
        assertThat(a.location().latitude()).isCloseTo(b.location().latitude(), within(1e-6));
        assertThat(a.location().longitude()).isCloseTo(b.location().longitude(), within(1e-6));
      }
    }
  }

  @Property(tries = 60)
  void aSiteWrittenInTheFormatReadsBackEqual(@ForAll("sites") List<FinessSite> sites, @ForAll boolean windows1252) {
    EtalabFixture f = new EtalabFixture();
    sites.forEach(f::add);
    Path p = file(f.bytes(windows1252 ? EtalabFixture.WINDOWS_1252 : StandardCharsets.UTF_8));
    assertSame(read(p, OnError.STRICT), sites);
  }

  @Property(tries = 60)
  void theSitesDoNotDependOnTheOrderOfTheRecords(@ForAll("sites") List<FinessSite> sites, @ForAll long seed) {
    EtalabFixture f = new EtalabFixture();
    sites.forEach(f::add);
    List<String> lines = new ArrayList<>(f.lines());
    Collections.shuffle(lines, new Random(seed));
    List<FinessSite> shuffled = new ArrayList<>(read(file(EtalabFixture.utf8(lines)), OnError.STRICT));
    shuffled.sort(Comparator.comparing(s -> s.finess().value()));
    List<FinessSite> expected = new ArrayList<>(sites);
    expected.sort(Comparator.comparing(s -> s.finess().value()));
    assertSame(shuffled, expected);
  }
}
