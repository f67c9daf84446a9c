package io.github.cptssdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.LifecycleArbitraries;
import io.github.cptssdk.core.testing.ModelArbitraries;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

class CptsValidatorPropertiesTest {

  @Provide
  Arbitrary<Cpts> cpts() {
    return ModelArbitraries.cpts();
  }

  @Property(tries = 100)
  void generatedCptsHaveNoError(@ForAll("cpts") Cpts c) {
    ValidationReport r = CptsValidator.get().validate(c);
    assertThat(r.errors()).as(r.toString()).isEmpty();
  }

  // 1,000 tries: on 100 tries the share of contracts (about 11 %) once came out at 5.0 % against "> 5".
  @Property(tries = 1000)
  void generatorsCoverTheEdgeCases(@ForAll("cpts") Cpts c) {
    Statistics.label("overseas or Corsica").collect(c.territory().communes().stream().anyMatch(x -> x.isCorsica() || x.isOverseas()));
    Statistics.label("no professional").collect(c.professionals().isEmpty());
    Statistics.label("contract").collect(c.lifecycle().contractSignedOn() != null);
    Statistics.label("overseas or Corsica").coverage(cov -> cov.check(true).percentage(p -> p > 10));
    Statistics.label("no professional").coverage(cov -> cov.check(true).percentage(p -> p > 2));
    Statistics.label("contract").coverage(cov -> cov.check(true).percentage(p -> p > 5));
  }

  @Property(tries = 100)
  void everyInjectedDuplicateProfessionalIsFoundAtItsIndex(@ForAll("cpts") Cpts c, @ForAll @IntRange(min = 0, max = 1000) int from,
      @ForAll @IntRange(min = 0, max = 1000) int to) {
    Assume.that(!c.professionals().isEmpty());
    List<HealthProfessional> list = new ArrayList<>(c.professionals());
    HealthProfessional copy = list.get(from % list.size()).withMembership(MembershipKind.MEMBER_BY_RIGHT);
    int at = to % (list.size() + 1);
    list.add(at, copy);
    int original = list.indexOf(list.stream().filter(p -> p.rpps().equals(copy.rpps())).findFirst().orElseThrow());
    int later = list.lastIndexOf(list.stream().filter(p -> p.rpps().equals(copy.rpps())).reduce((a, b) -> b).orElseThrow());
    ValidationReport r = CptsValidator.get().validate(c.withProfessionals(list));
    assertThat(r.withCode("CPTS-0100")).extracting(ValidationIssue::path).containsExactly("professionals[" + later + "].rpps");
    assertThat(r.withCode("CPTS-0100").get(0).message().en()).contains("professionals[" + original + "].rpps");
  }

  @Property(tries = 100)
  void everyInjectedDuplicateMissionIsFound(@ForAll("cpts") Cpts c, @ForAll @IntRange(min = 0, max = 100) int pick) {
    Assume.that(!c.missions().isEmpty());
    List<MissionCommitment> list = new ArrayList<>(c.missions());
    list.add(MissionCommitment.of(list.get(pick % list.size()).mission()));
    ValidationReport r = CptsValidator.get().validate(c.withMissions(list));
    assertThat(r.withCode("CPTS-0103")).extracting(ValidationIssue::path).containsExactly("missions[" + (list.size() - 1) + "].mission");
  }

  @Property(tries = 100)
  void everyInjectedDuplicateOrganisationIsFound(@ForAll("cpts") Cpts c, @ForAll("organisation") MemberOrganisation org,
      @ForAll @IntRange(min = 1, max = 3) int copies) {
    List<MemberOrganisation> list = new ArrayList<>(c.organisations());
    Assume.that(list.stream().noneMatch(o -> o.finess() != null && o.finess().equals(org.finess()) || o.siret() != null && o.siret().equals(org.siret())));
    int first = list.size();
    for (int i = 0; i <= copies; i++) {
      list.add(org);
    }
    ValidationReport r = CptsValidator.get().validate(c.withOrganisations(list));
    String code = org.finess() != null ? "CPTS-0101" : "CPTS-0102";
    String field = org.finess() != null ? "finess" : "siret";
    assertThat(r.withCode(code)).hasSize(copies);
    assertThat(r.withCode(code)).allSatisfy(i -> assertThat(i.message().en()).contains("organisations[" + first + "]." + field));
    assertThat(r.withCode(code).get(0).path()).isEqualTo("organisations[" + (first + 1) + "]." + field);
  }

  @Provide
  Arbitrary<MemberOrganisation> organisation() {
    return ModelArbitraries.organisation();
  }

  @Property(tries = 100)
  void swappingTwoOrderedMilestonesIsReported(@ForAll("lifecycle") Lifecycle l) {
    Assume.that(l.letterOfIntentOn() != null && l.associationRegisteredOn() != null
        && l.letterOfIntentOn().isBefore(l.associationRegisteredOn()));
    Lifecycle swapped = l.withLetterOfIntentOn(l.associationRegisteredOn()).withAssociationRegisteredOn(l.letterOfIntentOn());
    Cpts c = ModelArbitraries.cpts().sample().withLifecycle(swapped);
    assertThat(CptsValidator.get().validate(c).withCode("CPTS-0105")).extracting(ValidationIssue::path)
        .contains("lifecycle.associationRegisteredOn");
  }

  @Provide
  Arbitrary<Lifecycle> lifecycle() {
    return LifecycleArbitraries.lifecycle();
  }

  @Property(tries = 50)
  void validationNeverThrows(@ForAll("cpts") Cpts c, @ForAll("anyLifecycleDates") Lifecycle l) {
    assertThat(CptsValidator.get().validate(c.withLifecycle(l))).isNotNull();
  }

  @Provide
  Arbitrary<Lifecycle> anyLifecycleDates() {
    Arbitrary<java.time.LocalDate> d = ModelArbitraries.date().injectNull(0.3);
    return net.jqwik.api.Combinators.combine(d, d, d, d).as((a, b, s, k) ->
        new Lifecycle(a, b, s == null ? null : HealthProject.submittedOn(s), k));
  }

}
