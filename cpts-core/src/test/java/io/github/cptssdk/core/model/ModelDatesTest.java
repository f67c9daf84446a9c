package io.github.cptssdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AttainmentFormula;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.validation.Severity;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, defect 1: every date of the model lies within {@link ModelDates#MIN}..{@link ModelDates#MAX};
 * the dates the hostile-input campaign used ({@code +999999999-12-31}, {@code -999999999-01-01}) were
 * accepted and then broke {@code tacitValidationDate} and {@code AciContract.year}.
 */
class ModelDatesTest {

  static final LocalDate FAR_FUTURE = LocalDate.MAX;
  static final LocalDate FAR_PAST = LocalDate.MIN;

  /** Every date-holding constructor of the model, given one date. */
  static final List<Function<LocalDate, Object>> CONSTRUCTORS = List.of(
      HealthProject::submittedOn,
      d -> new HealthProject(LocalDate.of(2020, 1, 1), d, null),
      d -> new HealthProject(LocalDate.of(2020, 1, 1), null, d),
      d -> new Lifecycle(d, null, null, null),
      d -> new Lifecycle(null, d, null, null),
      d -> new Lifecycle(null, null, null, d),
      d -> MissionCommitment.startedOn(Mission.PREVENTION, d),
      d -> new MissionCommitment(Mission.PREVENTION, LocalDate.of(2020, 1, 1), d),
      d -> AciContract.of(CptsId.of("c"), d, SizeBand.SIZE_1, List.of()),
      d -> new AciContract(CptsId.of("c"), LocalDate.of(2020, 1, 1), SizeBand.SIZE_1, null, null, null, null, d, null,
          AttainmentFormula.LINEAR, List.of()),
      d -> new ContractMission(Mission.PREVENTION, d, null, List.of()));

  @Test
  void theHostileDatesOfTheCampaignAreRejectedByEveryConstructor() {
    for (LocalDate d : List.of(FAR_FUTURE, FAR_PAST, LocalDate.of(1970, 1, 1), LocalDate.of(2149, 6, 7))) {
      for (Function<LocalDate, Object> constructor : CONSTRUCTORS) {
        assertThatThrownBy(() -> constructor.apply(d)).as(d.toString())
            .isInstanceOfSatisfying(DateOutOfRangeException.class, e -> {
              assertThat(e.code()).isEqualTo("CPTS-0120");
              assertThat(e.getMessage()).startsWith("CPTS-0120: date of " + e.field()).doesNotContain(d.toString());
            });
      }
    }
  }

  @Provide
  Arbitrary<LocalDate> inRange() {
    return Arbitraries.of(ModelDates.MIN, ModelDates.MAX, ModelDates.MIN.plusDays(1), ModelDates.MAX.minusDays(1),
        LocalDate.of(2000, 2, 29));
  }

  @Property(tries = 20)
  void theBoundsAreInclusiveAndEveryComputationOnAnAcceptedDateWorks(@ForAll("inRange") LocalDate d) {
    for (Function<LocalDate, Object> constructor : CONSTRUCTORS) {
      if (!d.isBefore(LocalDate.of(2020, 1, 1)) || constructor != CONSTRUCTORS.get(1) && constructor != CONSTRUCTORS.get(2)
          && constructor != CONSTRUCTORS.get(7)) {
        assertThat(constructor.apply(d)).isNotNull();
      }
    }
    HealthProject p = HealthProject.submittedOn(d);
    assertThat(p.tacitValidationDate()).isAfter(d);
    assertThat(p.statusAt(d)).isEqualTo(HealthProject.Status.SUBMITTED);
    assertThat(AciContract.of(CptsId.of("c"), d, SizeBand.SIZE_1, List.of()).year(5).end()).isAfter(d);
  }

  @Test
  void aMilestoneBeforeTheLawThatCreatedTheCptsIsAWarning() {
    LocalDate before = ModelDates.CPTS_LAW.minusDays(1);
    Cpts c = CptsValidatorTest.valid().withLifecycle(new Lifecycle(before, ModelDates.CPTS_LAW, null, null));
    List<ValidationIssue> issues = CptsValidator.get().validate(c).withCode("CPTS-0121");
    assertThat(issues).extracting(ValidationIssue::path).containsExactly("lifecycle.letterOfIntentOn");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(issues.get(0).message().fr()).contains("loi n° 2016-41");
  }
}
