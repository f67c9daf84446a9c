package io.github.cptssdk.indicators.csv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.testing.FuzzBudget;
import io.github.cptssdk.core.testing.FuzzOracle;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.csv.CsvInputException;
import io.github.cptssdk.indicators.csv.CsvLimits;
import io.github.cptssdk.indicators.csv.EventCsvReader;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import java.io.ByteArrayInputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzz suites of the patient and event CSV readers (issue 7). Each mutated file is read twice: with
 * {@link ErrorPolicy#SKIP} (nothing is lost: rows read = rows accepted + rows skipped, counted by code,
 * and every accepted row reaches the sink) and with {@link ErrorPolicy#STRICT} (it fails on the first bad
 * row, with a code among those skipped). Every rejection is a {@link CsvInputException} with a code and a
 * row (and a column for a bad field). One input in four is read with small limits (4 KiB records, 40
 * rows) so that the limits are reached, one in sixteen with the defaults. Inputs per run: 250 tries x 250 patient files + 150 tries x 250
 * event files = 100 000 inside {@code mvn verify}, 320 000 (800 per try) with {@code -Dcpts.heavy=true}, each read
 * under both policies.
 *
 * <p>Accepted, then used (issue 17): the skipping read feeds an {@link IndicatorAccumulator} of an engine with two
 * CPTS territories, as {@code ./cpts indicators} does; one accepted file in 3 then goes through {@link CsvUses#USES} (1 in 12
 * for the second threshold; a report costs more than a read): the
 * report, the published and unmasked values of every area (CPTS, EPCI, department, region), the suppression
 * invariant at the default threshold and at 20, and the trends against the report of an empty year. The report
 * JSON of cpts-json ({@code indicators --json}) and the CLI run on mutated patient, territory and commune files in
 * cpts-cli's {@code CommandsFuzzTest}; the territory and commune readers have {@code TerritoryCsvFuzzTest}.
 */
class CsvFuzzTest {

  static final int PER_TRY = FuzzBudget.perTry(250, 800);
  private static final CommuneDictionary DICT = CsvUses.ENGINE.dictionary();
  private static final CsvLimits SMALL = new CsvLimits(4096, 40);
  private static final CsvLimits MEDIUM = new CsvLimits(64 * 1024, 100_000);
  private static final FuzzOracle PATIENTS = new FuzzOracle("PatientCsvReader", CsvFuzzTest::located);
  private static final FuzzOracle EVENTS = new FuzzOracle("EventCsvReader", CsvFuzzTest::located);

  private static boolean located(CptsException e) {
    return e instanceof CsvInputException c && c.row() >= 1
        && (c.row() == 1 || e.getMessage().contains("row " + c.row()));
  }

  @Property(tries = 250, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void patientFilesLoseNoRowAndRejectWithACodeAndARow(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = CsvSamples.mutate(CsvSamples.patients(r), r);
      CsvLimits limits = limits(r);
      PatientCsvReader reader = PatientCsvReader.of(DICT).withLimits(limits).withBatchSize(1 + r.nextInt(50))
          .withDuplicateCheck(r.nextInt(4) == 0);
      ReadSummary[] skipped = new ReadSummary[1];
      PATIENTS.check(seed, input, () -> {
        IndicatorAccumulator acc = CsvUses.ENGINE.newAccumulator();
        skipped[0] = readPatients(reader.withPolicy(ErrorPolicy.SKIP), input, acc);
        return acc;
      }, CsvUses.USES);
      PATIENTS.check(seed, input, () -> strictAgrees(skipped[0], () -> readPatients(reader, input, CsvUses.ENGINE.newAccumulator())));
    }
  }

  @Property(tries = 150, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void eventFilesLoseNoRowAndRejectWithACodeAndARow(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = CsvSamples.mutate(CsvSamples.events(r), r);
      CsvLimits limits = limits(r);
      EventCsvReader reader = EventCsvReader.of(DICT).withLimits(limits);
      ReadSummary[] skipped = new ReadSummary[1];
      EVENTS.check(seed, input, () -> {
        IndicatorAccumulator acc = CsvUses.ENGINE.newAccumulator();
        skipped[0] = readEvents(reader.withPolicy(ErrorPolicy.SKIP), input, acc);
        return acc;
      }, CsvUses.USES);
      EVENTS.check(seed, input, () -> strictAgrees(skipped[0], () -> readEvents(reader, input, CsvUses.ENGINE.newAccumulator())));
    }
  }

  /** @return small limits (one in four), the defaults (one in sixteen) or 64 KiB records (cheaper buffers) */
  private static CsvLimits limits(Random r) {
    int n = r.nextInt(16);
    return n < 4 ? SMALL : n == 4 ? CsvLimits.DEFAULTS : MEDIUM;
  }

  private static ReadSummary readPatients(PatientCsvReader reader, byte[] input, IndicatorAccumulator acc) {
    AtomicLong delivered = new AtomicLong();
    ReadSummary s = reader.read(new ByteArrayInputStream(input), b -> {
      delivered.addAndGet(b.size());
      acc.accept(b);
    });
    return nothingLost(s, delivered.get());
  }

  private static ReadSummary readEvents(EventCsvReader reader, byte[] input, IndicatorAccumulator acc) {
    AtomicLong delivered = new AtomicLong();
    ReadSummary s = reader.read(new ByteArrayInputStream(input), e -> {
      delivered.incrementAndGet();
      acc.accept(e);
    });
    return nothingLost(s, delivered.get());
  }

  private static ReadSummary nothingLost(ReadSummary s, long delivered) {
    long skipped = s.rejectedByCode().values().stream().mapToLong(Long::longValue).sum();
    assertThat(s.accepted()).as("rows delivered").isEqualTo(delivered);
    assertThat(s.accepted() + skipped).as("rows accepted + skipped").isEqualTo(s.rows());
    assertThat(s.rejectedByCode().keySet()).allMatch(c -> FuzzOracle.CODE.matcher(c).matches());
    return s;
  }

  /** A strict read succeeds exactly when the skipping read skipped nothing, else fails with a skipped code. */
  private static void strictAgrees(ReadSummary skipped, FuzzOracle.Read strict) throws Exception {
    if (skipped == null) {
      strict.run();
      throw new AssertionError("the skipping read failed but the strict read did not");
    }
    try {
      strict.run();
      assertThat(skipped.rejected()).as("rows skipped when the strict read succeeds").isZero();
    } catch (CsvInputException e) {
      assertThat(skipped.rejectedByCode()).as("codes skipped").containsKey(e.code());
      throw e;
    }
  }

  @AfterContainer
  static void summary() {
    System.out.println(PATIENTS);
    System.out.println(EVENTS);
    assertThat(PATIENTS.usedByOutcome()).containsKeys("report of every area ok", "threshold 20 and trends ok");
    assertThat(EVENTS.usedByOutcome()).containsKey("report of every area ok");
    assertThat(PATIENTS.neverUsed(CsvUses.USES)).as("steps never run on a patient file").isEmpty();
    assertThat(EVENTS.neverUsed(CsvUses.USES)).as("steps never run on an event file").isEmpty();
    assertThat(PATIENTS.rejectedByCode()).containsKeys("CPTS-0702", "CPTS-0703", "CPTS-0705", "CPTS-0708", "CPTS-0718",
        "CPTS-0719");
    assertThat(EVENTS.rejectedByCode()).containsKeys("CPTS-0702", "CPTS-0708", "CPTS-0714");
  }
}
