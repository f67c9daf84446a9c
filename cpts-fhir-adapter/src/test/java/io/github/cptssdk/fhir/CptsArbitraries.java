package io.github.cptssdk.fhir;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.model.Coordinator;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.LegalForm;
import io.github.cptssdk.core.model.Lifecycle;
import io.github.cptssdk.core.model.MemberOrganisation;
import io.github.cptssdk.core.model.MembershipKind;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.MissionCommitment;
import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.core.model.Specialty;
import io.github.cptssdk.core.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid {@code Cpts} values: identifiers with computed keys, real TRE_R38 specialty codes
 * (so that generated bundles pass FR Core's required binding), missions without duplicates, dates in
 * order where the model requires it.
 */
public final class CptsArbitraries {

  /** A sample of real TRE_R38 codes (TRE_R38 v20240531120000). */
  private static final List<String> R38 = List.of("SM54", "SM53", "SM26", "SM04", "SM01", "SM42", "SCD01", "SI01", "SP01", "SM95");

  private CptsArbitraries() {}

  public static Arbitrary<Cpts> cpts() {
    Arbitrary<CptsId> id = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-')
        .ofMinLength(0).ofMaxLength(30).map(s -> CptsId.of("c" + s));
    Arbitrary<Cpts> identity = Combinators.combine(id, names("CPTS "), Arbitraries.of(LegalForm.class),
        sirens().injectNull(0.3), sirets().injectNull(0.3), finess().injectNull(0.3), territories())
        .as((i, n, f, siren, siret, finess, t) -> new Cpts(i, n, f, siren, siret, finess, t,
            List.of(), List.of(), List.of(), Lifecycle.empty(), null));
    return Combinators.combine(identity, professionals().list().ofMaxSize(6), organisations().list().ofMaxSize(4),
        missions(), lifecycles(), coordinators().injectNull(0.3))
        .as((c, p, o, m, l, k) -> c.withProfessionals(p).withOrganisations(o).withMissions(m).withLifecycle(l).withCoordinator(k));
  }

  static Arbitrary<String> names(String prefix) {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('é', 'è', 'ç', '\'', '-', ' ', 'A', 'Z')
        .ofMinLength(1).ofMaxLength(30).map(s -> (prefix + s).trim().replaceAll(" +", " "))
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<Siren> sirens() {
    return Arbitraries.strings().numeric().ofLength(8).map(Siren::withComputedKey);
  }

  static Arbitrary<Siret> sirets() {
    return Combinators.combine(sirens(), Arbitraries.strings().numeric().ofLength(4)).as(Siret::of);
  }

  static Arbitrary<FinessNumber> finess() {
    Arbitrary<String> dept = Arbitraries.oneOf(Arbitraries.integers().between(1, 95).filter(d -> d != 20)
        .map(d -> String.format("%02d", d)), Arbitraries.of("2A", "2B"));
    return Combinators.combine(dept, Arbitraries.strings().numeric().ofLength(6)).as((d, n) -> FinessNumber.withComputedKey(d + n));
  }

  static Arbitrary<CommuneCode> communes() {
    Arbitrary<String> dept = Arbitraries.oneOf(Arbitraries.integers().between(1, 95).filter(d -> d != 20)
        .map(d -> String.format("%02d", d)), Arbitraries.of("2A", "2B"));
    Arbitrary<String> number = Arbitraries.integers().between(1, 999).map(n -> String.format("%03d", n));
    return Combinators.combine(dept, number).as((d, n) -> CommuneCode.of(d + n));
  }

  static Arbitrary<Territory> territories() {
    return communes().set().ofMaxSize(8).map(Territory::of);
  }

  static Arbitrary<HealthProfessional> professionals() {
    Arbitrary<RppsNumber> rpps = Arbitraries.strings().numeric().ofLength(10).map(RppsNumber::withComputedKey);
    return Combinators.combine(rpps, Arbitraries.of(Profession.class), Arbitraries.of(R38).map(Specialty::of).injectNull(0.5),
        communes().injectNull(0.5), Arbitraries.of(MembershipKind.class)).as(HealthProfessional::new);
  }

  static Arbitrary<MemberOrganisation> organisations() {
    return Combinators.combine(names(""), Arbitraries.of(OrganisationKind.class), finess().injectNull(0.4),
        sirets().injectNull(0.4)).filter((n, k, f, s) -> f != null || s != null).as(MemberOrganisation::new);
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 6000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
  }

  static Arbitrary<List<MissionCommitment>> missions() {
    Arbitrary<MissionCommitment> commitment = Combinators.combine(Arbitraries.of(Mission.class), dates().injectNull(0.3),
        Arbitraries.integers().between(0, 900).injectNull(0.5))
        .as((m, start, days) -> new MissionCommitment(m, start, start == null || days == null ? null : start.plusDays(days)));
    return commitment.list().ofMaxSize(6).map(CptsArbitraries::distinctMissions);
  }

  private static List<MissionCommitment> distinctMissions(List<MissionCommitment> list) {
    List<MissionCommitment> out = new ArrayList<>();
    for (MissionCommitment c : list) {
      if (out.stream().noneMatch(o -> o.mission() == c.mission())) {
        out.add(c);
      }
    }
    return out;
  }

  static Arbitrary<HealthProject> healthProjects() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 200).injectNull(0.4), Arbitraries.of(true, false))
        .as((submitted, days, validated) -> days == null ? HealthProject.submittedOn(submitted)
            : validated ? new HealthProject(submitted, submitted.plusDays(days), null)
            : new HealthProject(submitted, null, submitted.plusDays(days)));
  }

  static Arbitrary<Lifecycle> lifecycles() {
    return Combinators.combine(dates().injectNull(0.3), dates().injectNull(0.3), healthProjects().injectNull(0.3),
        dates().injectNull(0.3)).as(Lifecycle::new);
  }

  static Arbitrary<Coordinator> coordinators() {
    Arbitrary<String> email = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .map(s -> s + "@cpts.example");
    return Combinators.combine(names("Coord "), email.injectNull(0.3)).as(Coordinator::new);
  }
}
