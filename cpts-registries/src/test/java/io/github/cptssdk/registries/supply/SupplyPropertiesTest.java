package io.github.cptssdk.registries.supply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.registries.annuaire.Activity;
import io.github.cptssdk.registries.annuaire.AnnuaireLayout;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.annuaire.AnnuaireWriter;
import io.github.cptssdk.registries.annuaire.SyntheticAnnuaire;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the supply of care and of the writer/reader pair, on seeded synthetic professionals. */
class SupplyPropertiesTest {

  static final CommuneReferential REF = CommuneReferential.official();
  /** Sète agglo, plus Lyon (arrondissements) for the city/arrondissement matching. */
  static final Territory WIDE = REF.epciTerritory(io.github.cptssdk.core.id.EpciCode.parse("200066355"))
      .union(Territory.parse("69123", "37261", "37050"));

  static List<Activity> activities(long seed, int persons) {
    List<Activity> out = new ArrayList<>();
    SyntheticAnnuaire.of(REF, WIDE, seed).activities(persons, out::add);
    return out;
  }

  static SupplyOfCare supply(Territory t, List<Activity> rows) {
    Supply s = Supply.of(REF, t);
    rows.forEach(s::addActivity);
    return s.result();
  }

  @Property(tries = 30)
  void theSupplyIgnoresTheOrderAndRepetitionOfRows(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int persons) {
    List<Activity> rows = activities(seed, persons);
    List<Activity> shuffled = new ArrayList<>(rows);
    Random r = new Random(seed);
    for (int i = 0; i < rows.size() / 3; i++) {
      shuffled.add(rows.get(r.nextInt(rows.size())));
    }
    Collections.shuffle(shuffled, r);
    assertThat(supply(WIDE, shuffled)).isEqualTo(supply(WIDE, rows));
  }

  @Property(tries = 30)
  void perCommuneCountsOfDisjointTerritoriesAddUp(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int persons) {
    List<Activity> rows = activities(seed, persons);
    List<CommuneCode> codes = new ArrayList<>(WIDE.communes());
    Collections.shuffle(codes, new Random(seed));
    Territory a = Territory.of(codes.subList(0, codes.size() / 2));
    Territory b = Territory.of(codes.subList(codes.size() / 2, codes.size()));
    Map<CommuneCode, Map<String, Long>> merged = new HashMap<>(supply(a, rows).communeCounts());
    merged.putAll(supply(b, rows).communeCounts());
    assertThat(merged).isEqualTo(supply(a.union(b), rows).communeCounts());
    SupplyOfCare all = supply(WIDE, rows);
    all.professions().forEach(p -> assertThat(p.professionals()).isLessThanOrEqualTo(
        all.communeCounts().values().stream().mapToLong(m -> m.getOrDefault(p.code(), 0L)).sum()));
  }

  @Property(tries = 40)
  void aRecordWrittenInEitherLayoutReadsBackEqual(@ForAll long seed, @ForAll boolean y2026, @ForAll boolean cedex) {
    AnnuaireLayout layout = y2026 ? AnnuaireLayout.Y2026 : AnnuaireLayout.Y2021;
    List<Activity> rows = new ArrayList<>();
    for (Activity a : activities(seed, 20)) {
      Activity one = a.savoirFaire().size() > 1 ? a.withSavoirFaire(a.savoirFaire().subList(0, 1)) : a;
      rows.add(y2026 ? one : new Activity(one.professional(), one.profession(), one.category(), one.savoirFaire(), one.mode(),
          one.sector(), "", one.site(), one.commune(), one.contact()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AnnuaireWriter w = AnnuaireWriter.of(out, layout)) {
      rows.forEach(cedex ? w::writeWithCedexOnly : w::write);
    }
    List<Activity> back = new ArrayList<>();
    AnnuaireReader.of(REF).withContacts(true).read(new ByteArrayInputStream(out.toByteArray()), back::add);
    assertThat(back).isEqualTo(rows);
  }
}
