package io.github.cptssdk.registries.annuaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.registries.Mutations;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.supply.Supply;
import io.github.cptssdk.registries.supply.SupplyOfCare;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link AnnuaireReader#readUnordered} feeding {@link Supply} on the reader's threads (tiny byte ranges here,
 * so that a file has dozens) gives the supply of a read in file order on one thread, and the per-commune
 * and per-profession counts of a plain oracle (distinct national identifiers), whatever the order and the
 * repetition of the rows; on damaged files, the same summary or the same error (row and column).
 */
class UnorderedReadTest {

  static final CommuneReferential REF = CommuneReferential.official();
  /** Sète agglo, plus Lyon (arrondissements) for the city/arrondissement matching. */
  static final Territory WIDE = REF.epciTerritory(io.github.cptssdk.core.id.EpciCode.parse("200066355"))
      .union(Territory.parse("69123", "37261", "37050"));
  static final byte[] SPECIALS = {'|', '\n', '\r', (byte) 0xC3, (byte) 0xE9, '8', '0'};

  static Path write(List<Activity> rows) throws IOException {
    Path file = Files.createTempFile("annuaire-unordered", ".txt");
    try (OutputStream out = Files.newOutputStream(file); AnnuaireWriter w = AnnuaireWriter.of(out, AnnuaireLayout.Y2026)) {
      rows.forEach(w::write);
    }
    return file;
  }

  static boolean covers(Territory t, CommuneCode c) {
    return c != null && (t.contains(c) || (c.parentCityCode() != null && t.contains(c.parentCityCode())));
  }

  @Property(tries = 25)
  void theUnorderedSupplyIsTheOrderedOneAndTheOracle(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int persons,
      @ForAll @IntRange(min = 64, max = 4096) int rangeBytes) throws IOException {
    List<Activity> rows = new ArrayList<>();
    SyntheticAnnuaire.of(REF, WIDE, seed).activities(persons, rows::add);
    Random r = new Random(seed);
    int n = rows.size();
    for (int i = 0; i < n / 2; i++) {
      rows.add(rows.get(r.nextInt(n)));
    }
    Collections.shuffle(rows, r);
    Path file = write(rows);
    Supply ordered = Supply.of(REF, WIDE);
    ReadSummary one = AnnuaireReader.of(REF).withParallelism(1).read(file, ordered::addActivity);
    Supply unordered = Supply.of(REF, WIDE);
    ReadSummary parallel = AnnuaireReader.of(REF).withParallelism(3).withRangeBytes(rangeBytes)
        .readUnordered(file, unordered::addActivity);
    Files.delete(file);
    SupplyOfCare result = unordered.result();
    assertThat(parallel).isEqualTo(one);
    assertThat(result).isEqualTo(ordered.result());

    Map<CommuneCode, Map<String, Set<String>>> perCommune = new HashMap<>();
    Map<String, Set<String>> perProfession = new TreeMap<>();
    Set<String> gps = new HashSet<>();
    for (Activity a : rows) {
      if (covers(WIDE, a.commune()) && !a.isReplacement()) {
        perCommune.computeIfAbsent(a.commune(), c -> new HashMap<>()).computeIfAbsent(a.profession(), p -> new HashSet<>())
            .add(a.nationalId());
        perProfession.computeIfAbsent(a.profession(), p -> new HashSet<>()).add(a.nationalId());
        if (a.isGeneralPractitioner() && a.rpps().isPresent()) {
          gps.add(a.nationalId());
        }
      }
    }
    Map<CommuneCode, Map<String, Long>> expected = new HashMap<>();
    perCommune.forEach((c, m) -> m.forEach((p, ids) -> expected.computeIfAbsent(c, x -> new HashMap<>()).put(p, (long) ids.size())));
    assertThat(result.communeCounts()).isEqualTo(expected);
    Map<String, Long> professions = new TreeMap<>();
    result.professions().forEach(p -> professions.put(p.code(), p.professionals()));
    Map<String, Long> expectedProfessions = new TreeMap<>();
    perProfession.forEach((p, ids) -> expectedProfessions.put(p, (long) ids.size()));
    assertThat(professions).isEqualTo(expectedProfessions);
    assertThat(result.generalPractitioners()).isEqualTo(gps.size());
  }

  @Property(tries = 40)
  void anUnorderedReadHasTheSummaryAndErrorOfAReadOnOneThread(@ForAll long seed, @ForAll boolean strict,
      @ForAll @IntRange(min = 64, max = 4096) int rangeBytes) throws IOException {
    List<Activity> rows = new ArrayList<>();
    SyntheticAnnuaire.of(REF, WIDE, seed).activities(120, rows::add);
    Path clean = write(rows);
    Path file = Files.write(clean, Mutations.mutate(Files.readAllBytes(clean), seed, SPECIALS));
    AnnuaireReader reader = AnnuaireReader.of(REF).withPolicy(strict ? OnError.STRICT : OnError.SKIP);
    String one = outcome(() -> reader.withParallelism(1).read(file, a -> { }));
    String parallel = outcome(() -> reader.withParallelism(3).withRangeBytes(rangeBytes).readUnordered(file, a -> { }));
    Files.delete(file);
    assertThat(parallel).isEqualTo(one);
  }

  interface Read {
    ReadSummary run();
  }

  static String outcome(Read read) {
    try {
      return read.run().toString();
    } catch (RegistryException e) {
      return e.code() + " row " + e.row() + " column " + e.column();
    }
  }
}
