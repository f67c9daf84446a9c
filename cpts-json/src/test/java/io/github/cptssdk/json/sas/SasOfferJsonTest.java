package io.github.cptssdk.json.sas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.sas.SasOffer;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The offer document: the example reads and round-trips; bad documents give codes and JSON paths. */
class SasOfferJsonTest {

  private static final Path EXAMPLE = Path.of("../examples/data/sas-offer-sete.json");

  @Test
  void theExampleReadsAndRoundTrips() {
    SasOffer offer = SasOfferJson.read(EXAMPLE);
    assertThat(offer.schedules()).hasSize(3);
    assertThat(offer.findings().isValid()).isTrue();
    assertThat(SasOfferJson.read(SasOfferJson.write(offer))).isEqualTo(offer);
  }

  @Test
  void badDocumentsNameThePath() throws Exception {
    String json = Files.readString(EXAMPLE);
    assertThatThrownBy(() -> SasOfferJson.read(json.replace("\"810000000108\"", "\"8100\"")))
        .hasMessageStartingWith("CPTS-1100: $.schedules[0].professional");
    assertThatThrownBy(() -> SasOfferJson.read(json.replaceFirst("2026-12-07T08:20:00Z", "2026-12-14T08:20:00Z")))
        .hasMessageStartingWith("CPTS-1101: $.schedules[0].slots[0]");
    assertThatThrownBy(() -> SasOfferJson.read(json.replaceFirst("\"AMB\"", "\"XX\"")))
        .hasMessageStartingWith("CPTS-1141: $.schedules[0].slots[0].consultation");
    assertThatThrownBy(() -> SasOfferJson.read(json.replace("cpts-sas-offer/1", "x"))).hasMessageStartingWith("CPTS-1142");
    assertThatThrownBy(() -> SasOfferJson.read("{")).hasMessageStartingWith("CPTS-1140");
    assertThatThrownBy(() -> SasOfferJson.read(json.replaceFirst("\"34301\"", "\"3430\"")))
        .hasMessageStartingWith("CPTS-0").hasMessageContaining("$.schedules[0].site.commune");
    assertThatThrownBy(() -> SasOfferJson.read(json.replaceFirst("\"34301\"", "34301")))
        .hasMessageStartingWith("CPTS-1141: $.schedules[0].site.commune");
    // optional: absent or null reads as no commune, and writes back without it
    SasOffer none = SasOfferJson.read(json.replaceFirst("\"34301\"", "null"));
    assertThat(none.schedules().get(0).site().commune()).isNull();
    assertThat(SasOfferJson.read(SasOfferJson.write(none))).isEqualTo(none);
    assertThat(SasOfferJson.write(none).split("\"commune\"", -1)).hasSize(3);
    assertThat(SasOfferJson.write(none)).doesNotContain("null");
  }

  /** Accepted, then used: any cut of the example is read (then written and re-read) or refused with a code. */
  @Property(tries = 200)
  void anyCutIsReadOrCoded(@ForAll @IntRange(min = 0, max = 6000) int cut) throws Exception {
    String json = Files.readString(EXAMPLE);
    String t = json.substring(0, Math.min(cut, json.length()));
    try {
      SasOffer offer = SasOfferJson.read(t);
      offer.findings();
      assertThat(SasOfferJson.read(SasOfferJson.write(offer))).isEqualTo(offer);
    } catch (CptsException e) {
      assertThat(e.code()).startsWith("CPTS-11");
    }
  }
}
