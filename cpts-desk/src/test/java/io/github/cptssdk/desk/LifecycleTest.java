package io.github.cptssdk.desk;

import static io.github.cptssdk.desk.DeskFixtures.SETE_CITY;
import static io.github.cptssdk.desk.DeskFixtures.request;
import static io.github.cptssdk.desk.DeskFixtures.rpps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  private static final LocalDate D = LocalDate.of(2025, 2, 1);

  @Test
  void theWholePathToADeclaredMedecinTraitant() {
    DeskRequest r = request("a", SETE_CITY, 1950, D, Fragility.ALD).then(Step.QUALIFIED, D.plusDays(1))
        .propose(rpps(1), D.plusDays(5)).then(Step.DECLINED, D.plusDays(6)).propose(rpps(2), D.plusDays(8))
        .then(Step.ACCEPTED, D.plusDays(9)).then(Step.DECLARED, D.plusDays(20)).then(Step.CLOSED, D.plusDays(21));
    assertThat(r.status()).isEqualTo(Step.CLOSED);
    assertThat(r.declaredOn()).contains(D.plusDays(20));
    assertThat(r.declinedBy()).containsExactly(rpps(1));
    assertThat(r.statusOn(D.plusDays(7))).contains(Step.DECLINED);
    assertThat(r.statusOn(D.minusDays(1))).isEmpty();
    assertThat(r.fragilitiesOn(D)).containsExactlyInAnyOrder(Fragility.ALD, Fragility.AGED_70_PLUS);
    assertThat(r.toString()).doesNotContain("a,", "1950", "34301");
  }

  @Property
  void everyStepNotInTheTableIsRefusedWithItsCode(@ForAll Step from, @ForAll Step to) {
    DeskRequest r = at(from);
    if (r == null) {
      return;
    }
    if (from.next().contains(to)) {
      DeskRequest next = step(r, to);
      assertThat(next.status()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> step(r, to))
          .isInstanceOf(DeskException.class).hasMessageStartingWith("CPTS-1301");
    }
  }

  private static DeskRequest step(DeskRequest r, Step to) {
    return to == Step.PROPOSED ? r.propose(rpps(3), D.plusDays(30)) : r.then(to, D.plusDays(30));
  }

  /** @return a request at {@code step} by a legal path, or null for none */
  private static DeskRequest at(Step step) {
    DeskRequest r = request("a", SETE_CITY, 1980, D);
    switch (step) {
      case RECEIVED: return r;
      case QUALIFIED: return r.then(Step.QUALIFIED, D);
      case PROPOSED: return r.then(Step.QUALIFIED, D).propose(rpps(1), D);
      case ACCEPTED: return at(Step.PROPOSED).then(Step.ACCEPTED, D);
      case DECLINED: return at(Step.PROPOSED).then(Step.DECLINED, D);
      case DECLARED: return at(Step.ACCEPTED).then(Step.DECLARED, D);
      case CLOSED: return at(Step.DECLARED).then(Step.CLOSED, D);
      case WITHDRAWN: return r.then(Step.WITHDRAWN, D);
      case MOVED_OUT: return r.then(Step.MOVED_OUT, D);
      default: return null;
    }
  }

  @Test
  void datesGoForwardAndOnlyAProposalNamesAGp() {
    DeskRequest r = request("a", SETE_CITY, 1980, D);
    assertThatThrownBy(() -> r.then(Step.QUALIFIED, D.minusDays(1))).hasMessageStartingWith("CPTS-1302");
    assertThatThrownBy(() -> r.then(Step.PROPOSED, D)).hasMessageStartingWith("CPTS-1303");
    assertThatThrownBy(() -> new StepRecord(Step.QUALIFIED, D, rpps(1))).hasMessageStartingWith("CPTS-1303");
  }

  @Test
  void pseudonymsAreNeverANir() {
    assertThatThrownBy(() -> RequestId.parse("1850775123456")).hasMessageStartingWith("CPTS-1300");
    assertThatThrownBy(() -> RequestId.parse("185077512345678")).hasMessageStartingWith("CPTS-1300");
    assertThatThrownBy(() -> RequestId.parse("Jean Dupont")).hasMessageStartingWith("CPTS-1300");
    assertThat(RequestId.parse("DT-2025-0001").toString()).isEqualTo("DT-2025-0001");
  }
}
