package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSearch;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirReadLimits;
import io.github.cptssdk.fhir.sas.SasFhir;
import io.github.cptssdk.fhir.sas.SasRead;
import io.github.cptssdk.json.sas.SasOfferCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Accepted, then used (the CSV offer): every one-cell change of the example to a hostile or shifted value is
 * either refused with a code, or accepted and then goes through findings, the INT_R04 answer and the reading
 * back of the searchset, which gives exactly the slots the search selects.
 */
class SasOfferCsvUsedTest {

  private static final Path CSV = Path.of("../examples/data/sas-offer-sete.csv");
  private static final List<String> VALUES = List.of("", "\"", "x", "0", "-1", "810000000207", "012345678",
      "cabinet-2", "2026-12-07T08:10:00Z", "2026-12-13T23:59:00+01:00", "2027-01-01T00:00:00Z", "HH", "WALKIN",
      "SNP;PRO;PUBLIC;CPTS", "BUSY", "\"a,b\"", "\u00e9\u0000", "x".repeat(70), " 34200");
  private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2027-02-01T00:00:00Z");

  @Test
  void everyOneCellChangeIsRefusedWithACodeOrGoesThroughTheSearchsetAndBack() throws Exception {
    List<String> lines = Files.readAllLines(CSV);
    int accepted = 0;
    int refused = 0;
    for (int r = 0; r < lines.size(); r++) {
      int cells = lines.get(r).split(",", -1).length;
      for (int c = 0; c < cells; c++) {
        for (String v : VALUES) {
          List<String> copy = new ArrayList<>(lines);
          String[] row = copy.get(r).split(",", -1);
          row[c] = v;
          copy.set(r, String.join(",", Arrays.asList(row)));
          SasOffer offer;
          try {
            offer = SasOfferCsv.read(String.join("\n", copy));
          } catch (CptsException e) {
            assertThat(e.code()).matches("CPTS-\\d{4}");
            refused++;
            continue;
          }
          accepted++;
          used(offer);
        }
      }
    }
    assertThat(accepted).as("accepted changes").isGreaterThan(100);
    assertThat(refused).as("refused changes").isGreaterThan(100);
  }

  private static void used(SasOffer offer) {
    if (!offer.findings().isValid()) {
      assertThat(offer.findings().errors()).allSatisfy(i -> assertThat(i.code()).isEqualTo("CPTS-1103"));
      return;
    }
    List<String> ids = offer.schedules().stream().map(SasSchedule::professional).distinct().map(Object::toString).toList();
    Resource answer = SasFhir.answer(offer, ids, FROM, TO);
    assertThat(answer).isInstanceOf(Bundle.class);
    SasOffer selected = offer.select(SasSearch.of(ids, FROM, TO));
    SasRead<SasOffer> back = SasFhir.offerFromText(FhirMapper.toJson(answer), FhirReadLimits.DEFAULTS);
    if (selected.schedules().isEmpty()) {
      assertThat(((Bundle) answer).getTotal()).isZero();
    } else {
      assertThat(back.report().issues()).isEmpty();
      assertThat(back.value()).isEqualTo(selected);
    }
  }
}
