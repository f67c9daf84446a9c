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

/** The CSV form of the offer: the example reads as its JSON twin; bad rows give a code, a row and a column. */
class SasOfferCsvTest {

  private static final Path CSV = Path.of("../examples/data/sas-offer-sete.csv");
  private static final Path JSON = Path.of("../examples/data/sas-offer-sete.json");

  private static String example() throws Exception {
    return Files.readString(CSV);
  }

  @Test
  void theExampleReadsAsTheJsonExample() throws Exception {
    SasOffer offer = SasOfferCsv.read(CSV);
    assertThat(offer).isEqualTo(SasOfferJson.read(JSON));
    assertThat(offer.schedules()).allSatisfy(s -> assertThat(s.site().commune()).hasToString("34301"));
    // the commune column is optional: without it, the sites have none
    String without = example().replace(",site_commune", "").replace(",34301,", ",");
    assertThat(SasOfferCsv.read(without).schedules()).allSatisfy(s -> assertThat(s.site().commune()).isNull());
    assertThat(offer.findings().isValid()).isTrue();
  }

  @Test
  void columnsInAnyOrderQuotesCrlfAndAHorizonSpanningTheSlots() {
    String csv = "STATUS,start,end,consultation,appointment_type,visibility,slot_id,professional,site_id,site_address,"
        + "site_postal_code,site_city,cpts_finess,cpts_name\r\n"
        + "FREE,2026-12-07T09:00:00+01:00,2026-12-07T09:20:00+01:00,AMB,ROUTINE,PUBLIC,a,810000000108,c1,"
        + "\"1, quai \"\"Bosc\"\"\",34200,Sète,340001239,CPTS Bassin de Thau\r\n"
        + "BUSY,2026-12-07T10:00:00+01:00,2026-12-07T10:30:00+01:00,HH,WALKIN,SNP;PRO,b,810000000108,c1,"
        + "\"1, quai \"\"Bosc\"\"\",34200,Sète,340001239,CPTS Bassin de Thau\r\n";
    SasOffer offer = SasOfferCsv.read(csv);
    assertThat(offer.schedules()).singleElement().satisfies(s -> {
      assertThat(s.site().addressLine()).isEqualTo("1, quai \"Bosc\"");
      assertThat(s.horizon().start()).hasToString("2026-12-07T08:00:00Z");
      assertThat(s.horizon().end()).hasToString("2026-12-07T09:30:00Z");
      assertThat(s.slots()).hasSize(2);
      assertThat(s.slots().get(1).visibility()).hasSize(2);
    });
  }

  @Test
  void badRowsNameTheRowAndTheColumn() throws Exception {
    String csv = example();
    String header = csv.substring(0, csv.indexOf('\n'));
    bad(csv.replaceFirst("810000000108", "8100"), "CPTS-1100: row 2, column professional");
    bad(csv.replaceFirst("2026-12-07T08:20:00Z", "2026-12-14T08:20:00Z"), "CPTS-1101: row 2, column start");
    bad(csv.replaceFirst("2026-12-07T08:20:00Z", "2026-12-07T07:20:00Z"), "CPTS-1102: row 2, column end");
    bad(csv.replaceFirst(",AMB,", ",XX,"), "CPTS-1147: row 2, column consultation");
    bad(csv.replaceFirst("PUBLIC;CPTS", "PUBLIC;"), "CPTS-1147: row 2, column visibility");
    bad(csv.replaceFirst("2026-12-07T08:00:00Z", "tomorrow"), "CPTS-1147: row 2, column start");
    bad(csv.replaceFirst(",slot-0,", ",,"), "CPTS-1146: row 2, column slot_id");
    bad(csv.replaceFirst(",slot-1,", ",slot-0,"), "CPTS-1148: row 3, column slot_id");
    bad(csv.replaceFirst("slot-2,", "slot-2,2026-12-08T08:00:00Z,2026-12-08T08:20:00Z,AMB,"),
        "CPTS-1144: row 4");
    bad(csv.replace("340001239,CPTS Bassin de Thau,810000000207", "340001238,CPTS Bassin de Thau,810000000207"),
        "CPTS-1148: row 6, column cpts_finess: value that contradicts row 2");
    bad(csv.replace("\n340001239,", "\n340001238,"), "CPTS-0");
    assertThatThrownBy(() -> SasOfferCsv.read(csv.replace("\n340001239,", "\n340001238,"))).hasMessageContaining("row 2, column cpts_finess");
    bad(csv.replaceFirst("\n340001239,CPTS Bassin de Thau,810000000108,cabinet-1,1 quai de Bosc,34200,Sète",
        "\n340001239,CPTS Bassin de Thau,810000000108,cabinet-1,1 quai de Bosc,34200,Agde"), "CPTS-1148: row 3, column site_city");
    bad(csv.replaceFirst("34200", "342"), "CPTS-1106: row 2, column site_id");
    bad(csv.replaceFirst(",slot-0,", ",\"slot-0,"), "CPTS-1144: row 2");
    bad(csv.replaceFirst(",slot-0,", ",slot\"0,"), "CPTS-1144: row 2");
    bad(csv.replaceFirst("status", "state"), "CPTS-1145: row 1, column 17");
    bad(csv.replaceFirst(",booking_url", ",start"), "CPTS-1145: row 1, column 18");
    bad(csv.replaceFirst(",34301,", ",3430,"), "CPTS-0");
    assertThatThrownBy(() -> SasOfferCsv.read(csv.replaceFirst(",34301,", ",3430,"))).hasMessageContaining("row 2, column site_commune");
    bad(csv.replaceFirst(",34200,Sète,34301,", ",34200,Sète,34003,").replaceFirst(",34200,Sète,34301,", ",34200,Sète,34003,"),
        "CPTS-1148: row 4, column site_commune");
    bad(csv.replaceFirst("cpts_name,", ""), "CPTS-1145: row 1");
    bad(header + "\n", "CPTS-1149: row 2");
    bad("", "CPTS-1149: row 1");
  }

  private static void bad(String csv, String start) {
    assertThatThrownBy(() -> SasOfferCsv.read(csv)).isInstanceOf(SasJsonException.class).hasMessageStartingWith(start)
        .hasMessageNotContaining("Bassin").hasMessageNotContaining("810000000");
  }

  /** Accepted, then used: any cut of the example is read (its findings computed) or refused with a code. */
  @Property(tries = 300)
  void anyCutIsReadOrCoded(@ForAll @IntRange(min = 0, max = 4000) int cut) throws Exception {
    String csv = example();
    try {
      SasOffer offer = SasOfferCsv.read(csv.substring(0, Math.min(cut, csv.length())));
      offer.findings();
      assertThat(SasOfferJson.read(SasOfferJson.write(offer))).isEqualTo(offer);
    } catch (CptsException e) {
      assertThat(e.code()).startsWith("CPTS-");
    }
  }
}
