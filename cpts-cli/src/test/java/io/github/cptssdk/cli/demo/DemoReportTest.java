package io.github.cptssdk.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.model.Mission;
import org.junit.jupiter.api.Test;

/** The report takes its French labels from the cpts-core message bundles, never by translating English. */
class DemoReportTest {

  @Test
  void fundingLabelsAreTheFrenchTextOfTheBundle() {
    assertThat(DemoReport.label(FundingItem.MISSION_FIXED, Mission.PREVENTION)).isEqualTo("Prévention : part fixe");
    assertThat(DemoReport.label(FundingItem.LETTER_OF_INTENT, null)).isEqualTo(FundingItem.LETTER_OF_INTENT.label().fr());
  }
}
