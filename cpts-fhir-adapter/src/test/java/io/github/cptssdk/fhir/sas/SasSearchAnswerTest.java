package io.github.cptssdk.fhir.sas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.FhirMapper;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** A bad SAS request is an OperationOutcome with a clear issue, never an exception. */
class SasSearchAnswerTest {

  private static final SasOffer OFFER = SasOffers.example();
  private static final String ID = OFFER.schedules().get(0).professional().toString();

  @Test
  void twentySixIdentifiersAreRefused() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      ids.add(ID);
    }
    assertThat(issues(SasFhir.answer(OFFER, ids, SasOffers.T0, SasOffers.T0.plusSeconds(60)))).containsExactly("CPTS-1110 professionals");
    assertThat(SasFhir.answer(OFFER, ids.subList(0, 25), SasOffers.T0, SasOffers.T0.plusSeconds(86_400)))
        .isInstanceOf(Bundle.class);
  }

  @Test
  void noIdentifierAndNoWindowAreRefused() {
    assertThat(issues(SasFhir.answer(OFFER, List.of(), null, null))).containsExactly("CPTS-1110 professionals", "CPTS-1112 window");
  }

  @Test
  void aMatchingSearchIsTheSearchset() {
    Bundle b = (Bundle) SasFhir.answer(OFFER, List.of(ID), SasOffers.T0, SasOffers.T0.plusSeconds(86_400));
    assertThat(b.getTotal()).isEqualTo(4);
    assertThat(b.getMeta().getProfile().get(0).getValue()).endsWith("sas-cpts-bundle-aggregator");
    assertThat(b.getLinkFirstRep().getUrl()).contains("schedule.actor:Practitioner.identifier=urn:oid:1.2.250.1.71.4.2.1|" + ID)
        .contains("status=free");
  }

  @Provide
  Arbitrary<List<String>> requests() {
    Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.just(ID), Arbitraries.strings().ofMaxLength(14),
        Arbitraries.strings().numeric().ofLength(12), Arbitraries.strings().numeric().ofLength(10));
    return id.list().ofMaxSize(30);
  }

  /** Accepted, then used: every request gives a Bundle that encodes, or an OperationOutcome of coded issues. */
  @Property(tries = 300)
  void anyRequestIsABundleOrAnOutcome(@ForAll("requests") List<String> ids, @ForAll("minutes") int from, @ForAll("minutes") int to) {
    Resource r = SasFhir.answer(OFFER, ids, SasOffers.T0.plusSeconds(60L * from), SasOffers.T0.plusSeconds(60L * to));
    if (r instanceof Bundle b) {
      assertThat(b.getTotal() == 0 || SasFhir.fromBundle(b).report().isValid()).isTrue();
      assertThat(FhirMapper.toJson(b)).isNotEmpty();
    } else {
      assertThat(issues(r)).isNotEmpty().allMatch(s -> s.startsWith("CPTS-11"));
    }
  }

  @Provide
  Arbitrary<Integer> minutes() {
    return Arbitraries.integers().between(-60, 24 * 60);
  }

  private static List<String> issues(Resource r) {
    ValidationReport report = FhirMapper.fromOperationOutcome((OperationOutcome) r);
    return report.issues().stream().map(i -> i.code() + " " + i.path()).toList();
  }
}
