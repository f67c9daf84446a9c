package io.github.cptssdk.desk;

import static io.github.cptssdk.desk.DeskFixtures.SETE_CITY;
import static io.github.cptssdk.desk.DeskFixtures.request;
import static io.github.cptssdk.desk.DeskFixtures.rpps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.aci.IndicatorResult;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.indicators.SuppressionPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomesTest {

  private static final DateRange YEAR = DateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  /** 20 ALD requests declared after 10..29 days, 5 C2S requests still waiting at the end of the year. */
  private static List<DeskRequest> history() {
    List<DeskRequest> out = new ArrayList<>();
    LocalDate d = LocalDate.of(2025, 3, 1);
    for (int i = 0; i < 20; i++) {
      out.add(request("ald" + i, SETE_CITY, 1960, d, Fragility.ALD).propose(rpps(1), d).then(Step.ACCEPTED, d)
          .then(Step.DECLARED, d.plusDays(10 + i)));
    }
    for (int i = 0; i < 5; i++) {
      out.add(request("c2s" + i, SETE_CITY, 2012, d, Fragility.C2S));
    }
    out.add(request("old", SETE_CITY, 1960, LocalDate.of(2024, 6, 1)).then(Step.WITHDRAWN, LocalDate.of(2024, 7, 1)));
    return out;
  }

  @Test
  void countsDelaysAndBacklogWithSmallCountsMasked() {
    DeskReport r = DeskIndicators.of(SuppressionPolicy.DEFAULT).report(history(), YEAR);
    assertThat(r.value(DeskMeasure.of(DeskMeasure.Kind.RECEIVED)).published()).hasValue(25);
    assertThat(r.value(DeskMeasure.parse("RECEIVED:ALD")).published()).hasValue(20);
    assertThat(r.value(DeskMeasure.parse("RECEIVED:C2S")).masked()).isTrue();
    assertThat(r.value(DeskMeasure.parse("FOUND_GP")).published()).hasValue(20);
    assertThat(r.value(DeskMeasure.parse("FOUND_GP_16_PLUS")).published()).hasValue(20);
    assertThat(r.value(DeskMeasure.parse("MEDIAN_DAYS_TO_GP")).published()).hasValue(19); // ranks 10..29, 10th
    assertThat(r.value(DeskMeasure.parse("P90_DAYS_TO_GP")).published()).hasValue(27); // 18th of 20
    assertThat(r.value(DeskMeasure.parse("BACKLOG")).masked()).isTrue();
    assertThat(r.value(DeskMeasure.parse("BACKLOG")).unmasked()).isEqualTo(5);
    assertThat(r.value(DeskMeasure.parse("BACKLOG:ALD")).published()).hasValue(0);
    assertThat(r.value(DeskMeasure.parse("BACKLOG")).toString()).isEqualTo("masked");
  }

  @Test
  void theReportFeedsContractLinesWithPublishedValuesOnlyUnlessAskedForTheReview() {
    DeskReport r = DeskIndicators.of(SuppressionPolicy.DEFAULT).report(history(), YEAR);
    Map<String, DeskMeasure> lines = new LinkedHashMap<>();
    lines.put("mt-16-plus", DeskMeasure.parse("FOUND_GP_16_PLUS"));
    lines.put("ald-without-mt", DeskMeasure.parse("BACKLOG:ALD"));
    lines.put("c2s-without-mt", DeskMeasure.parse("BACKLOG:C2S"));
    assertThat(r.indicatorResults(lines, false)).containsExactly(
        IndicatorResult.measured("mt-16-plus", BigDecimal.valueOf(20)),
        IndicatorResult.measured("ald-without-mt", BigDecimal.valueOf(0)));
    assertThat(r.indicatorResults(lines, true)).hasSize(3);
  }

  @Test
  void delaysOnFewDeclarationsAreMasked() {
    DeskReport r = DeskIndicators.of(SuppressionPolicy.DEFAULT).report(history().subList(0, 3), YEAR);
    assertThat(r.value(DeskMeasure.parse("MEDIAN_DAYS_TO_GP")).published()).isEmpty();
    assertThat(DeskIndicators.of(SuppressionPolicy.of(1)).report(history().subList(0, 3), YEAR)
        .value(DeskMeasure.parse("MEDIAN_DAYS_TO_GP")).published()).hasValue(11);
  }

  @Test
  void finishedRequestsArePurgedAfterTheRetentionAndEachPurgeIsJournalled() {
    RetentionRule rule = RetentionRule.of(12, "record of processing of the CPTS, 2025");
    List<DeskRequest> all = history();
    Clock clock = Clock.fixed(Instant.parse("2025-07-01T10:00:00Z"), ZoneOffset.UTC);
    AccessJournal journal = AccessJournal.of(clock);
    List<DeskRequest> kept = journal.purge(all, rule, "coordinator.1");
    assertThat(kept).hasSize(all.size() - 1).noneMatch(q -> q.id().value().equals("old"));
    assertThat(journal.entries()).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo(AccessJournal.Action.PURGE);
      assertThat(e.at()).isEqualTo(clock.instant());
      assertThat(e.toString()).doesNotContain("old", "coordinator");
    });
    assertThat(rule.purge(all, LocalDate.of(2025, 6, 30))).hasSize(all.size());
    assertThat(rule.purge(all, LocalDate.of(2025, 7, 1))).hasSize(all.size() - 1);
    assertThatThrownBy(() -> RetentionRule.of(0, "x")).hasMessageStartingWith("CPTS-1308");
  }

  @Test
  void theJournalRecordsReadsAndChangesWithoutContent() {
    AccessJournal journal = AccessJournal.of(Clock.fixed(Instant.parse("2025-07-01T10:00:00Z"), ZoneOffset.UTC));
    journal.record("u42", AccessJournal.Action.READ, RequestId.parse("a"));
    journal.record("u42", AccessJournal.Action.CHANGE, RequestId.parse("a"));
    assertThat(journal.entries()).extracting(AccessJournal.Entry::action)
        .containsExactly(AccessJournal.Action.READ, AccessJournal.Action.CHANGE);
    assertThatThrownBy(() -> journal.record("Jean Dupont", AccessJournal.Action.READ, RequestId.parse("a")))
        .hasMessageStartingWith("CPTS-1309");
  }
}
