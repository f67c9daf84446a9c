package io.github.cptssdk.indicators.csv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Department;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.testing.FuzzOracle;
import io.github.cptssdk.core.testing.Uses;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.csv.CsvInputException;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.csv.TerritoryCsv;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzz suite of the territory and commune CSV readers ({@link TerritoryCsv}, files only; issue 17): mutated files
 * ({@link CsvSamples#mutate}: bytes, fields, quotes, line breaks, long rows) are read or rejected with a
 * {@link CsvInputException} (a code and a row), never anything else; what is accepted is then used as
 * {@code ./cpts indicators --territories FILE --communes FILE} uses it ({@link #TERRITORY_USES},
 * {@link #COMMUNE_USES}): the profile of each territory, an {@link IndicatorEngine} over the territories or the
 * communes read, the indicators of a patient file and the suppression invariant of every area. Inputs per run:
 * 2 x 30 tries x 100 files = 6 000 (each is written to a file: the readers take files only).
 */
class TerritoryCsvFuzzTest {

  static final int PER_TRY = Math.max(1, Integer.getInteger("cpts.fuzz.perTry", 1_000) / 10);
  private static final CommuneReferential TEST = TestReferential.get();
  private static final Path DIR = dir();
  private static final FuzzOracle TERRITORIES = new FuzzOracle("TerritoryCsv.territories", TerritoryCsvFuzzTest::located);
  private static final FuzzOracle COMMUNES = new FuzzOracle("TerritoryCsv.communes", TerritoryCsvFuzzTest::located);
  /** A patient file over the communes of the test referential, read into every engine built from what was accepted. */
  private static final byte[] PATIENTS = CsvSamples.patients(new Random(17));

  /** What a user runs on accepted territories: their profiles, then the indicators over them (1 in 4). */
  static final Uses<Map<CptsId, Territory>> TERRITORY_USES = Uses.<Map<CptsId, Territory>>of("profile of each territory", m -> {
    for (Territory t : m.values()) {
      assertThat(TEST.profile(t).unknownCodes().size()).isLessThanOrEqualTo(t.size());
    }
  }).sampled(4, "indicators over the territories", m -> indicators(IndicatorEngine.builder().referential(TEST).territories(m)));

  /** What a user runs on an accepted commune table: profiles of its communes, EPCI and departments, indicators (1 in 4). */
  static final Uses<CommuneReferential> COMMUNE_USES = Uses.<CommuneReferential>of("profiles of the table", ref -> {
    Territory all = Territory.of(ref.communes().stream().map(Commune::code).toList());
    assertThat(ref.profile(all).unknownCodes()).isEmpty();
    for (Epci e : ref.epcis()) {
      ref.profile(ref.epciTerritory(e.code()));
    }
    for (Department d : ref.departments()) {
      ref.profile(ref.departmentTerritory(d.code()));
    }
  }).sampled(4, "indicators over the table", ref -> {
    List<CommuneCode> codes = ref.communes().stream().map(Commune::code).limit(3).toList();
    indicators(IndicatorEngine.builder().referential(ref).territories(Map.of(CptsId.of("cpts-x"), Territory.of(codes))));
  });

  private static void indicators(IndicatorEngine.Builder builder) {
    IndicatorEngine engine = builder.year(2024).build();
    IndicatorAccumulator acc = engine.newAccumulator();
    PatientCsvReader.of(engine.dictionary()).withPolicy(ErrorPolicy.SKIP).read(new ByteArrayInputStream(PATIENTS), acc::accept);
    IndicatorReport report = acc.report();
    for (Area area : report.areas()) {
      CsvUses.suppressed(report.published(area), report.unmasked(area), report.policy());
    }
  }

  private static boolean located(CptsException e) {
    return e instanceof CsvInputException c && c.row() >= 1 && (c.row() == 1 || e.getMessage().contains("row " + c.row()));
  }

  private static Path dir() {
    try {
      return Files.createDirectories(Path.of("target/territory-csv-fuzz").toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a valid territories file: two or three CPTS over communes of the test referential */
  static byte[] territories(Random r) {
    StringBuilder sb = new StringBuilder("cpts_id,commune\n");
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append("cpts-").append((char) ('a' + r.nextInt(3))).append(',')
          .append(CsvSamples.COMMUNES.get(r.nextInt(CsvSamples.COMMUNES.size())).value()).append('\n');
    }
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** @return a valid commune table: some communes of the test referential, their names quoted at random */
  static byte[] communes(Random r) {
    StringBuilder sb = new StringBuilder(r.nextBoolean() ? "code,name,department,region,epci,population\n"
        : "population,epci,region,department,name,code\n");
    boolean reversed = sb.charAt(0) == 'p';
    for (Commune c : TEST.communes()) {
      if (r.nextInt(4) == 0) {
        continue;
      }
      String name = r.nextBoolean() ? c.name() : "\"" + c.name().replace("\"", "\"\"") + ", " + c.code() + "\"";
      String[] f = {c.code().value(), name, c.departmentCode(), c.regionCode(), c.epci() == null ? "" : c.epci().value(),
          String.valueOf(c.population())};
      if (reversed) {
        java.util.Collections.reverse(java.util.Arrays.asList(f));
      }
      sb.append(String.join(",", f)).append('\n');
    }
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Property(tries = 30, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void territoryFilesAreReadOrRejectedWithACodeAndARowThenUsed(@ForAll long seed) throws IOException {
    Random r = new Random(seed);
    Path file = DIR.resolve("territories.csv");
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = r.nextInt(8) == 0 ? territories(r) : CsvSamples.mutate(territories(r), r);
      Files.write(file, input);
      TERRITORIES.check(seed, input, () -> TerritoryCsv.territories(file), TERRITORY_USES);
    }
  }

  @Property(tries = 30, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void communeTablesAreReadOrRejectedWithACodeAndARowThenUsed(@ForAll long seed) throws IOException {
    Random r = new Random(seed);
    Path file = DIR.resolve("communes.csv");
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = r.nextInt(8) == 0 ? communes(r) : CsvSamples.mutate(communes(r), r);
      Files.write(file, input);
      COMMUNES.check(seed, input, () -> TerritoryCsv.communes(file), COMMUNE_USES);
    }
  }

  @AfterContainer
  static void summary() {
    System.out.println(TERRITORIES);
    System.out.println(COMMUNES);
    assertThat(TERRITORIES.usedByOutcome()).containsKeys("profile of each territory ok", "indicators over the territories ok");
    assertThat(COMMUNES.usedByOutcome()).containsKeys("profiles of the table ok", "indicators over the table ok");
    assertThat(TERRITORIES.rejectedByCode()).containsKeys("CPTS-0702", "CPTS-0705", "CPTS-0717");
    assertThat(COMMUNES.rejectedByCode()).containsKeys("CPTS-0702", "CPTS-0705", "CPTS-0715");
  }
}
