package io.github.cptssdk.registries.supply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.MembershipKind;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.registries.annuaire.Activity;
import io.github.cptssdk.registries.annuaire.SavoirFaire;
import io.github.cptssdk.registries.annuaire.Site;
import io.github.cptssdk.registries.finess.Engagement;
import io.github.cptssdk.registries.finess.FinessSite;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The supply of care, members and diff on hand-made activities whose counts are known. */
class SupplyTest {

  static final CommuneReferential REF = CommuneReferential.official();
  static final Territory SETE = Territory.parse("34301", "34157");
  static final RppsNumber A = RppsNumber.withComputedKey("1000000001");
  static final RppsNumber B = RppsNumber.withComputedKey("1000000002");
  static final RppsNumber C = RppsNumber.withComputedKey("1000000003");

  static Activity act(RppsNumber id, String profession, String sf, String mode, String genre, String commune) {
    return new Activity(id, profession, "C", sf.isEmpty() ? List.of() : List.of(new SavoirFaire("S", sf)), mode, "SA07", genre,
        Site.NONE, CommuneCode.of(commune), null);
  }

  static final List<Activity> ROWS = List.of(
      act(A, "10", "SM54", "L", "GENR01", "34301"),
      act(A, "10", "SM54", "S", "GENR01", "34157"), // the same GP on two sites, two modes
      act(B, "10", "SM02", "L", "GENR01", "34301"), // a specialist: a doctor, not a GP
      act(C, "10", "SM53", "L", "GENR02", "34301"), // replacement only: excluded
      act(C, "60", "", "L", "GENR01", "75115")); // outside the territory

  @Test
  void countsDistinctProfessionalsGpsAndModes() {
    Supply s = Supply.of(REF, SETE);
    ROWS.forEach(s::addActivity);
    SupplyOfCare r = s.result();
    assertThat(r.generalPractitioners()).isEqualTo(1);
    assertThat(r.professions()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("10");
      assertThat(p.label()).isEqualTo("Médecin");
      assertThat(p.professionals()).isEqualTo(2);
      assertThat(p.liberal()).isEqualTo(2);
      assertThat(p.salaried()).isEqualTo(1);
      assertThat(p.per10000()).isEqualTo(Math.round(2 * 1_000_000.0 / r.population()) / 100.0);
    });
    assertThat(r.generalPractitionerSites()).containsExactly(
        new GeneralPractitioner(A, CommuneCode.of("34157"), false), new GeneralPractitioner(A, CommuneCode.of("34301"), true));
    Supply withReplacements = Supply.of(REF, SETE).withReplacements(true);
    ROWS.forEach(withReplacements::addActivity);
    assertThat(withReplacements.result().generalPractitioners()).isEqualTo(2);
  }

  @Test
  void arrondissementsMatchTheirCity() {
    Supply s = Supply.of(REF, Territory.parse("75056"));
    ROWS.forEach(s::addActivity);
    assertThat(s.result().professions()).extracting(ProfessionSupply::code).containsExactly("60");
  }

  @Test
  void openStructuresAreCountedByCategory() {
    FinessSite msp = site("340000001", "603", "34301", true);
    FinessSite closed = site("340000002", "603", "34301", false);
    Supply s = Supply.of(REF, SETE);
    List.of(msp, msp, closed).forEach(s::addSite);
    assertThat(s.result().structures()).containsExactly(new StructureCount("603", "Maison de santé (L.6223-3)", 1));
  }

  static FinessSite site(String payload, String category, String commune, boolean active) {
    return new FinessSite(FinessNumber.withComputedKey(payload.substring(0, 8)), null, null, null, "X", category,
        CommuneCode.of(commune), null, null, null, List.of(new Engagement("ACI", "", null)), active);
  }

  @Test
  void membersByRightOrAdherentsAreTheCoreModel() {
    Cpts cpts = Cpts.of(CptsId.of("cpts-sete"), "CPTS", SETE);
    RegistryMembers all = RegistryMembers.byRight(cpts, REF);
    ROWS.forEach(all::addActivity);
    assertThat(all.members()).extracting(m -> m.rpps()).containsExactly(A, B);
    assertThat(all.members()).allSatisfy(m -> assertThat(m.membership()).isEqualTo(MembershipKind.MEMBER_BY_RIGHT));
    assertThat(all.members().get(0).practiceCommune()).isEqualTo(CommuneCode.of("34157"));
    RegistryMembers some = RegistryMembers.adherents(cpts, REF, Set.of(B));
    ROWS.forEach(some::addActivity);
    assertThat(some.applyTo(cpts).professionals()).singleElement().satisfies(m -> {
      assertThat(m.rpps()).isEqualTo(B);
      assertThat(m.membership()).isEqualTo(MembershipKind.ADHERENT);
    });
  }

  @Test
  void theDiffFindsArrivalsDeparturesAndChanges() {
    ExtractionDiff d = ExtractionDiff.of(REF, SETE);
    d.addBefore(ROWS.get(0));
    d.addBefore(ROWS.get(2));
    d.addAfter(ROWS.get(0));
    d.addAfter(ROWS.get(1));
    d.addAfter(act(C, "60", "", "L", "GENR01", "34301"));
    assertThat(d.changes()).extracting(ExtractionDiff.Change::nationalId, ExtractionDiff.Change::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("8" + A.value(), ExtractionDiff.Kind.CHANGE),
        org.assertj.core.groups.Tuple.tuple("8" + B.value(), ExtractionDiff.Kind.DEPARTURE),
        org.assertj.core.groups.Tuple.tuple("8" + C.value(), ExtractionDiff.Kind.ARRIVAL));
  }

  @Test
  void aFinessCptsIsPlacedOnTheReferential() {
    CptsPlacement p = CptsPlacement.of(REF, site("340000003", "604", "34301", true)).orElseThrow();
    assertThat(p.epci().value()).isEqualTo("200066355");
    assertThat(p.department()).isEqualTo("34");
    assertThat(p.region()).isEqualTo("76");
    assertThat(p.aci()).isTrue();
    assertThat(CptsPlacement.of(REF, site("340000004", "603", "34301", true))).isEmpty();
  }
}
