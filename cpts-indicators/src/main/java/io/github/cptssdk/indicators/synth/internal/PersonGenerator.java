package io.github.cptssdk.indicators.synth.internal;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.PreventionAct;
import io.github.cptssdk.indicators.Sex;
import io.github.cptssdk.indicators.synth.SynthParameters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Generates the synthetic people of one commune. The random sequence is seeded by the population
 * seed and the commune code only. Non-participants get, with probability 0.3, an act older than the
 * window (to exercise the period rules). Not thread-safe (one per commune).
 */
public final class PersonGenerator {

  private static final AgePyramid PYRAMID = new AgePyramid();
  private static final double OLD_ACT = 0.3;

  /** Receives the generated people. */
  public interface Sink {
    /** @param days flu, colorectal, breast, cervical days (0: none); reused between calls */
    void person(long sequence, int birthYear, int flags, int[] days);
  }

  private final Commune commune;
  private final SynthParameters p;
  private final SplittableRandom random;
  private final int year;
  // The windows of the acts, computed once (they depend on the reference year only).
  private final int fluFrom;
  private final int fluTo;
  private final int fluOld;
  private final int fluOldEnd;
  private final int lastTwoYears;
  private final int nextYear;
  private final int threeYearsAgo;
  private final int sevenYearsAgo;
  private final int lastThreeYears;
  private final int lastFiveYears;

  public PersonGenerator(Commune commune, SynthParameters parameters, long seed) {
    this.commune = commune;
    this.p = parameters;
    this.year = parameters.referenceYear();
    this.fluFrom = day(year - 1, 10, 15);
    this.fluTo = day(year, 3, 1);
    this.fluOld = day(year - 2, 10, 15);
    this.fluOldEnd = day(year - 1, 3, 1);
    this.lastTwoYears = day(year - 1, 1, 1);
    this.nextYear = day(year + 1, 1, 1);
    this.threeYearsAgo = day(year - 3, 1, 1);
    this.sevenYearsAgo = day(year - 7, 1, 1);
    this.lastThreeYears = day(year - 2, 1, 1);
    this.lastFiveYears = day(year - 4, 1, 1);
    long h = seed * 0x9E3779B97F4A7C15L;
    for (char ch : commune.code().value().toCharArray()) {
      h = (h ^ ch) * 0xBF58476D1CE4E5B9L;
    }
    this.random = new SplittableRandom(h ^ (h >>> 31));
  }

  /** Generates every person of the commune. */
  public void forEach(Sink sink) {
    double expected = commune.population() * p.rowsPerInhabitant();
    long n = (long) Math.floor(expected);
    if (random.nextDouble() < expected - n) {
      n++;
    }
    int[] days = new int[4];
    for (long s = 0; s < n; s++) {
      int flags = person(days);
      sink.person(s, year - lastAge, flags, days);
    }
  }

  private int lastAge;

  private int person(int[] days) {
    SplittableRandom r = random;
    int age = PYRAMID.sample(r);
    lastAge = age;
    boolean female = r.nextDouble() < p.femaleShare();
    boolean ald = r.nextDouble() < p.aldRate();
    boolean c2s = r.nextDouble() < p.c2sRate();
    boolean noMt = r.nextDouble() < (ald ? p.noMtRateAld() : p.noMtRate());
    int flags = (female ? PatientBatch.FEMALE : 0) | (noMt ? 0 : PatientBatch.HAS_MT) | (ald ? PatientBatch.ALD : 0)
        | (c2s ? PatientBatch.C2S : 0);
    days[0] = age >= 65 ? act(p.fluRate(), fluFrom, fluTo, fluOld, fluOldEnd) : 0;
    days[1] = age >= 50 && age <= 74 ? act(p.colorectalRate(), lastTwoYears, nextYear, threeYearsAgo, lastTwoYears) : 0;
    days[2] = female && age >= 50 && age <= 74 ? act(p.breastRate(), lastTwoYears, nextYear, threeYearsAgo, lastTwoYears) : 0;
    int cervicalStart = age < 30 ? lastThreeYears : lastFiveYears;
    days[3] = female && age >= 25 && age <= 65 ? act(p.cervicalRate(), cervicalStart, nextYear, sevenYearsAgo, cervicalStart) : 0;
    return flags;
  }

  /** @return a day in [from, to) with probability {@code rate}, else maybe an older day in [old, oldEnd) */
  private int act(double rate, int from, int to, int old, int oldEnd) {
    double u = random.nextDouble();
    if (u < rate) {
      return from + random.nextInt(to - from);
    }
    if (u < rate + (1 - rate) * OLD_ACT) {
      return old + random.nextInt(oldEnd - old);
    }
    return 0;
  }

  private static int day(int y, int m, int d) {
    return (int) LocalDate.of(y, m, d).toEpochDay();
  }

  /** @return the people as records, generated in chunks as the stream is consumed */
  public Stream<PatientRecord> records() {
    List<PatientRecord> out = new ArrayList<>();
    CommuneCode code = commune.code();
    forEach((seq, birthYear, flags, days) -> out.add(record(code.value() + "-" + seq, birthYear, flags, code, days)));
    return out.stream();
  }

  /** @return a record from generated values */
  public static PatientRecord record(String id, int birthYear, int flags, CommuneCode commune, int[] days) {
    PatientRecord r = new PatientRecord(id, birthYear, (flags & PatientBatch.FEMALE) != 0 ? Sex.FEMALE : Sex.MALE, commune,
        (flags & PatientBatch.HAS_MT) != 0, (flags & PatientBatch.ALD) != 0, (flags & PatientBatch.C2S) != 0, Map.of());
    PreventionAct[] acts = PreventionAct.values();
    for (int a = 0; a < acts.length; a++) {
      if (days[a] != 0) {
        r = r.withLastAct(acts[a], LocalDate.ofEpochDay(days[a]));
      }
    }
    return r;
  }

  /** Writes generated people as patient CSV rows, through a 1 MiB buffer. Not thread-safe. */
  public static final class CsvWriter {
    /** The header written first. */
    public static final String HEADER = "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s,"
        + "flu_vaccination,colorectal_screening,breast_screening,cervical_screening\n";
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private final byte[][] dayText = new byte[Character.MAX_VALUE + 1][];
    private int len;
    private long rows;
    private byte[] code = new byte[5];

    public CsvWriter(OutputStream out) {
      this.out = out;
      put(HEADER.getBytes(StandardCharsets.US_ASCII));
    }

    /** Sets the commune of the next rows. */
    public void commune(CommuneCode c) {
      code = c.value().getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes one row. */
    public void write(long seq, int birthYear, int flags, int[] days) {
      if (len > buf.length - 256) {
        flush();
      }
      put(code);
      buf[len++] = '-';
      number(seq);
      buf[len++] = ',';
      number(birthYear);
      buf[len++] = ',';
      buf[len++] = (byte) ((flags & PatientBatch.FEMALE) != 0 ? 'F' : 'M');
      buf[len++] = ',';
      put(code);
      buf[len++] = ',';
      if ((flags & PatientBatch.HAS_MT) != 0) {
        put(RPPS);
      }
      buf[len++] = ',';
      buf[len++] = (byte) ((flags & PatientBatch.ALD) != 0 ? '1' : '0');
      buf[len++] = ',';
      buf[len++] = (byte) ((flags & PatientBatch.C2S) != 0 ? '1' : '0');
      for (int a = 0; a < 4; a++) {
        buf[len++] = ',';
        if (days[a] != 0) {
          put(dayText(days[a]));
        }
      }
      buf[len++] = '\n';
      rows++;
    }

    private static final byte[] RPPS = "10000000001".getBytes(StandardCharsets.US_ASCII);

    private byte[] dayText(int day) {
      byte[] t = dayText[day];
      if (t == null) {
        t = LocalDate.ofEpochDay(day).toString().getBytes(StandardCharsets.US_ASCII);
        dayText[day] = t;
      }
      return t;
    }

    private void number(long v) {
      String s = Long.toString(v);
      for (int i = 0; i < s.length(); i++) {
        buf[len++] = (byte) s.charAt(i);
      }
    }

    private void put(byte[] b) {
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
    }

    private void flush() {
      try {
        out.write(buf, 0, len);
        len = 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Flushes what is left; @return the number of rows written */
    public long finish() {
      flush();
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return rows;
    }
  }
}
