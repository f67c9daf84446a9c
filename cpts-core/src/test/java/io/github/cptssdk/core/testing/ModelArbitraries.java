package io.github.cptssdk.core.testing;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.model.Coordinator;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.model.LegalForm;
import io.github.cptssdk.core.model.MemberOrganisation;
import io.github.cptssdk.core.model.MembershipKind;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.MissionCommitment;
import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.core.model.Specialty;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.time.api.Dates;

/**
 * jqwik generators for every type of the cpts-core model, shared with the other modules through the
 * cpts-core test-jar. Identifiers are valid (keys computed with the {@code withComputedKey} factories);
 * edge cases are weighted in: Corsica and overseas codes, null optional fields, many members, dates on
 * the agreement boundaries. {@link #cpts()} generates CPTS that {@code CptsValidator} accepts (no
 * error); {@link LifecycleArbitraries} generates the dated milestones.
 */
public final class ModelArbitraries {

  private ModelArbitraries() {}

  /** @return valid RPPS numbers: 10 random digits and the Luhn key */
  public static Arbitrary<RppsNumber> rpps() {
    return Arbitraries.strings().numeric().ofLength(10).map(RppsNumber::withComputedKey);
  }

  /** @return valid SIREN numbers */
  public static Arbitrary<Siren> siren() {
    return Arbitraries.strings().numeric().ofLength(8).map(Siren::withComputedKey);
  }

  /** @return valid SIRET numbers of {@code siren} */
  public static Arbitrary<Siret> siret(Siren siren) {
    return Arbitraries.strings().numeric().ofLength(4).map(nic -> Siret.of(siren, nic));
  }

  /** @return valid SIRET numbers of random SIRENs */
  public static Arbitrary<Siret> siret() {
    return siren().flatMap(ModelArbitraries::siret);
  }

  /** @return department parts (2 characters, 3 overseas), weighted towards Corsica and overseas */
  public static Arbitrary<String> department() {
    Arbitrary<String> metropolitan = Arbitraries.integers().between(1, 95).filter(n -> n != 20)
        .map(n -> String.format("%02d", n));
    return Arbitraries.frequencyOf(
        Tuple.of(6, metropolitan),
        Tuple.of(2, Arbitraries.of("2A", "2B")),
        Tuple.of(2, Arbitraries.of("971", "972", "973", "974", "976", "975", "977", "978", "984", "986", "987", "988")));
  }

  /** @return valid FINESS numbers (Corsica and overseas included) */
  public static Arbitrary<FinessNumber> finess() {
    Arbitrary<String> dept = department().map(d -> d.length() == 3 ? d.substring(0, 2) : d);
    return Combinators.combine(dept, Arbitraries.strings().numeric().ofLength(6))
        .as((d, n) -> FinessNumber.withComputedKey(d + n));
  }

  /** @return well-formed commune codes (Corsica, overseas and arrondissements municipaux included) */
  public static Arbitrary<CommuneCode> communeCode() {
    Arbitrary<CommuneCode> plain = department().flatMap(d -> Arbitraries.strings().numeric()
        .ofLength(5 - d.length()).map(n -> CommuneCode.of(d + n)));
    Arbitrary<CommuneCode> arrondissement = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.integers().between(75101, 75120)),
        Tuple.of(1, Arbitraries.integers().between(69381, 69389)),
        Tuple.of(1, Arbitraries.integers().between(13201, 13216))).map(n -> CommuneCode.of(n.toString()));
    return Arbitraries.frequencyOf(Tuple.of(19, plain), Tuple.of(1, arrondissement));
  }

  /** @return non-empty territories, from 1 to many communes, without a city and its arrondissements */
  public static Arbitrary<Territory> territory() {
    Arbitrary<Integer> size = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(1, 12)),
        Tuple.of(2, Arbitraries.integers().between(13, 120)));
    return size.flatMap(n -> communeCode().set().ofSize(n))
        .filter(set -> set.stream().noneMatch(c -> c.parentCityCode() != null && set.contains(c.parentCityCode())))
        .map(Territory::of);
  }

  /** @return EPCI codes (valid SIREN numbers) */
  public static Arbitrary<EpciCode> epciCode() {
    return siren().map(EpciCode::of);
  }

  /** @return half-open date ranges, bounded or open-ended, empty ones included */
  public static Arbitrary<DateRange> dateRange() {
    Arbitrary<DateRange> bounded = Combinators.combine(date(), Arbitraries.integers().between(0, 2000))
        .as((start, days) -> DateRange.of(start, start.plusDays(days)));
    return Arbitraries.frequencyOf(Tuple.of(8, bounded), Tuple.of(1, date().map(DateRange::from)),
        Tuple.of(1, date().map(DateRange::until)));
  }

  /** @return any of the model's enum constants of {@code type} */
  public static <E extends Enum<E>> Arbitrary<E> constant(Class<E> type) {
    return Arbitraries.of(type);
  }

  /** @return CPTS keys */
  public static Arbitrary<CptsId> cptsId() {
    Arbitrary<String> suffix = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
        .ofMinLength(1).ofMaxLength(40);
    return suffix.map(s -> CptsId.of("cpts-" + s));
  }

  /** @return names: letters (accents included), spaces, apostrophes and hyphens, never blank */
  public static Arbitrary<String> name() {
    Arbitrary<String> body = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéèêàçôœ ABCDEFGHIJKLMNOPQRSTUVWXYZ'-")
        .ofMinLength(0).ofMaxLength(60);
    return Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(1), body).as(String::concat);
  }

  /** @return specialties (TRE_R38 codes of the usual members) or null */
  public static Arbitrary<Specialty> specialty() {
    return Arbitraries.of("SM54", "SM26", "SM53", "SM40", "SM42", "SM32", "SM19").map(Specialty::of).injectNull(0.4);
  }

  /** @return members: RPPS, profession, optional specialty and practice commune, membership */
  public static Arbitrary<HealthProfessional> professional() {
    return Combinators.combine(rpps(), Arbitraries.of(Profession.class), specialty(),
            communeCode().injectNull(0.3), Arbitraries.of(MembershipKind.class))
        .as(HealthProfessional::new);
  }

  /** @return lists of members with distinct RPPS numbers: none, a few, or many */
  public static Arbitrary<List<HealthProfessional>> professionals() {
    Arbitrary<Integer> size = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(0)), Tuple.of(7, Arbitraries.integers().between(1, 15)),
        Tuple.of(1, Arbitraries.integers().between(16, 150)));
    return size.flatMap(n -> professional().list().ofSize(n).uniqueElements(HealthProfessional::rpps));
  }

  /** @return member organisations with a FINESS, a SIRET or both */
  public static Arbitrary<MemberOrganisation> organisation() {
    Arbitrary<FinessNumber> finess = finess();
    Arbitrary<Siret> siret = siret();
    return Combinators.combine(name(), Arbitraries.of(OrganisationKind.class), finess.injectNull(0.3), siret)
        .as((name, kind, f, s) -> new MemberOrganisation(name, kind, f, f != null && s.value().endsWith("0") ? null : s));
  }

  /** @return lists of organisations with distinct FINESS and SIRET numbers */
  public static Arbitrary<List<MemberOrganisation>> organisations() {
    return organisation().list().ofMaxSize(8)
        .uniqueElements(o -> o.finess() == null ? o : o.finess())
        .uniqueElements(o -> o.siret() == null ? o : o.siret());
  }

  /** @return a date between 2015 and 2030, weighted on the agreement boundaries */
  public static Arbitrary<LocalDate> date() {
    return Arbitraries.frequencyOf(
        Tuple.of(9, Dates.dates().between(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31))),
        Tuple.of(1, Arbitraries.of(LocalDate.of(2019, 8, 25), LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 1),
            LocalDate.of(2022, 9, 3), LocalDate.of(2024, 2, 29))));
  }

  /** @return commitments to {@code mission}: not started, started, or fully deployed */
  public static Arbitrary<MissionCommitment> commitment(Mission mission, LocalDate notBefore) {
    Arbitrary<Integer> startDelay = Arbitraries.integers().between(0, 900);
    Arbitrary<Integer> deployDelay = Arbitraries.integers().between(0, 900);
    return Combinators.combine(Arbitraries.integers().between(0, 2), startDelay, deployDelay).as((stage, s, d) -> {
      LocalDate start = notBefore.plusDays(s);
      return new MissionCommitment(mission, stage >= 1 ? start : null, stage == 2 ? start.plusDays(d) : null);
    });
  }

  /** @return commitments to distinct missions, started no earlier than {@code notBefore} */
  public static Arbitrary<List<MissionCommitment>> missions(LocalDate notBefore) {
    return Arbitraries.of(Mission.class).set().ofMaxSize(Mission.values().length)
        .flatMap(set -> Combinators.combine(set.stream().sorted().map(m -> commitment(m, notBefore)).toList())
            .as(List::copyOf));
  }

  /** @return coordinators, with or without an e-mail address, or null */
  public static Arbitrary<Coordinator> coordinator() {
    Arbitrary<String> email = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .map(s -> s + "@cpts.example.org").injectNull(0.3);
    return Combinators.combine(name(), email).as(Coordinator::new).injectNull(0.2);
  }

  /** @return CPTS that the validator accepts: distinct members and missions, ordered milestones */
  public static Arbitrary<Cpts> cpts() {
    Arbitrary<Cpts> base = Combinators.combine(cptsId(), name(), territory(), professionals(), organisations(),
        coordinator()).as((id, name, territory, pros, orgs, coordinator) -> Cpts.of(id, name, territory)
        .withProfessionals(pros).withOrganisations(orgs).withCoordinator(coordinator));
    return base.flatMap(c -> LifecycleArbitraries.lifecycle().flatMap(l -> {
      LocalDate notBefore = l.contractSignedOn() != null ? l.contractSignedOn() : LocalDate.of(2019, 8, 25);
      return Combinators.combine(missions(notBefore), siren(), Arbitraries.strings().numeric().ofLength(4),
          Arbitraries.of(LegalForm.class), finess().injectNull(0.7))
          .as((missions, siren, nic, form, finess) -> identity(c.withLifecycle(l).withMissions(missions), siren, nic)
              .withLegalForm(form).withFiness(finess));
    }));
  }

  private static Cpts identity(Cpts c, Siren siren, String nic) {
    if (c.lifecycle().associationRegisteredOn() == null) {
      return c;
    }
    return c.withSiren(siren).withSiret(nic.startsWith("0") ? null : Siret.of(siren, nic));
  }
}
