package io.github.cptssdk.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.cli.CliException;
import io.github.cptssdk.indicators.synth.SynthParameters;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The history's synthetic parameters and its file format; the history itself is checked end to end in DemoCommandTest. */
class DemoHistoryTest {

  @Property(tries = 200)
  void theParametersOfAYearDrawTheShareAskedAndKeepTheAldRatioOfTheDefaults(
      @ForAll @DoubleRange(min = 0.0, max = 0.5) double share) {
    SynthParameters p = DemoHistory.parameters(2025, share, 0.25);
    SynthParameters d = SynthParameters.defaults(2025);
    double drawn = p.noMtRate() * (1 - p.aldRate()) + p.noMtRateAld() * p.aldRate();
    assertThat(drawn).isCloseTo(share, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(p.noMtRateAld() * d.noMtRate()).isCloseTo(p.noMtRate() * d.noMtRateAld(), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(p.rowsPerInhabitant()).isEqualTo(0.25);
    assertThat(p.breastRate()).isEqualTo(d.breastRate());
  }

  @Test
  void theBundledHistoryNamesFiveYearsFromElevenToFourPointSixPercent() {
    DemoHistory.Spec spec = DemoHistory.parse(DemoCommand.bundled(DemoHistory.FILE));
    assertThat(spec.shares()).hasSize(5);
    assertThat(spec.shares().get(0)).isEqualByComparingTo("11");
    assertThat(spec.shares().get(4)).isEqualByComparingTo("4.6");
    assertThat(spec.results()).hasSize(5).allSatisfy(f -> assertThat(DemoCommand.bundled(f)).isNotEmpty());
  }

  @Test
  void aHistoryFileWithYearsOutOfOrderOrAnotherFormatIsOneDataError() {
    String wrongYear = "{\"format\":\"cpts-demo-history/1\",\"cpts\":\"cpts-sete\",\"indicator\":\"NO_MT_17_PLUS\","
        + "\"years\":[{\"year\":2,\"noMtShare\":11,\"results\":\"r.json\"}]}";
    assertThatThrownBy(() -> DemoHistory.parse(wrongYear.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(CliException.class).hasMessageContaining("\"years\"[0] needs year 1");
    assertThatThrownBy(() -> DemoHistory.parse("{\"format\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(CliException.class).hasMessageContaining("not a demo history");
    String badIndicator = wrongYear.replace("\"year\":2", "\"year\":1").replace("NO_MT_17_PLUS", "NOPE");
    assertThatThrownBy(() -> DemoHistory.parse(badIndicator.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(CliException.class).hasMessageContaining("indicator");
  }
}
