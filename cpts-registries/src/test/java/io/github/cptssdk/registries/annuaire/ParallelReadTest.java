package io.github.cptssdk.registries.annuaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.registries.Mutations;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.RegistryLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A read in parallel byte ranges ({@code FileRanges}, tiny ranges here so that a file has dozens) gives what a
 * read on one thread gives: the same activities in the same order, the same summary (rows, rejections by code,
 * unplaced rows, encoding detected), or the same error with the same row number and column, under both
 * policies and with a row limit.
 */
class ParallelReadTest {

  static final CommuneReferential REF = CommuneReferential.official();
  static final Territory SETE = REF.epciTerritory(io.github.cptssdk.core.id.EpciCode.parse("200066355"));
  static final byte[] SPECIALS = {'|', '\n', '\r', '"', (byte) 0xC3, (byte) 0xE9, (byte) 0xFF, '8', '0'};
  static Path dir;
  static byte[] utf8;
  static byte[] cp1252;

  @BeforeContainer
  static void files() throws IOException {
    dir = Files.createTempDirectory("annuaire-parallel");
    Path a = dir.resolve("utf8.txt");
    Path b = dir.resolve("cp1252.txt");
    SyntheticAnnuaire.of(REF, SETE, 11).write(a, 150, AnnuaireLayout.Y2026, false, null);
    SyntheticAnnuaire.of(REF, SETE, 12).write(b, 150, AnnuaireLayout.Y2021, true, null);
    utf8 = Files.readAllBytes(a);
    cp1252 = Files.readAllBytes(b);
  }

  @AfterContainer
  static void clean() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  /** What a read gave: the activities and the summary, or the error. */
  record Outcome(List<Activity> activities, ReadSummary summary, String error) {}

  static Outcome read(AnnuaireReader reader, Path file) {
    List<Activity> out = new ArrayList<>();
    try {
      ReadSummary s = reader.read(file, out::add);
      return new Outcome(out, s, "");
    } catch (RegistryException e) {
      return new Outcome(List.of(), null, e.code() + " row " + e.row() + " column " + e.column());
    }
  }

  @Property(tries = 60)
  void aParallelReadIsTheReadOnOneThread(@ForAll long seed, @ForAll boolean windows1252, @ForAll boolean strict,
      @ForAll @IntRange(min = 64, max = 4096) int rangeBytes, @ForAll @IntRange(min = 0, max = 3) int limit) throws IOException {
    byte[] bytes = seed % 5 == 0 ? (windows1252 ? cp1252 : utf8) : Mutations.mutate(windows1252 ? cp1252 : utf8, seed, SPECIALS);
    Path file = Files.write(dir.resolve("mutated-" + seed + ".txt"), bytes);
    AnnuaireReader reader = AnnuaireReader.of(REF).withPolicy(strict ? OnError.STRICT : OnError.SKIP)
        .withContacts(seed % 2 == 0);
    if (limit > 0) {
      reader = reader.withLimits(new RegistryLimits(limit == 3 ? 300 : 1 << 20, limit * 60L));
    }
    Outcome one = read(reader.withParallelism(1), file);
    Outcome parallel = read(reader.withParallelism(3).withRangeBytes(rangeBytes), file);
    Files.delete(file);
    assertThat(parallel.error()).isEqualTo(one.error());
    if (one.error().isEmpty()) {
      assertThat(parallel.summary()).isEqualTo(one.summary());
      assertThat(parallel.activities()).isEqualTo(one.activities());
    }
  }
}
