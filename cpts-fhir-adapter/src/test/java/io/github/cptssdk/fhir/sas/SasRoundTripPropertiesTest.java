package io.github.cptssdk.fhir.sas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasProfessionalId;
import io.github.cptssdk.core.sas.SasSearch;
import io.github.cptssdk.core.sas.SlotStatus;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirReadLimits;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;

/** Offer → INT_R04 searchset → offer is lossless: what comes back is exactly what the search selects. */
class SasRoundTripPropertiesTest {

  @Provide
  Arbitrary<SasOffer> offers() {
    return SasOffers.offers();
  }

  @Property(tries = 100)
  void offerToBundleToOfferIsLossless(@ForAll("offers") SasOffer offer) {
    SasSearch all = everything(offer);
    SasOffer selected = offer.select(all);
    Bundle bundle = SasFhir.toBundle(offer, all);
    for (String text : new String[] {FhirMapper.toJson(bundle), FhirMapper.toXml(bundle)}) {
      SasRead<SasOffer> read = SasFhir.offerFromText(text, FhirReadLimits.DEFAULTS);
      if (selected.schedules().isEmpty()) {
        assertThat(bundle.getTotal()).isZero();
        continue;
      }
      assertThat(read.report().issues()).isEmpty();
      assertThat(read.value()).isEqualTo(selected);
    }
  }

  @Property(tries = 100)
  void theSearchKeepsOnlyFreeSlotsOfTheProfessionalsAskedStartingInTheWindow(@ForAll("offers") SasOffer offer) {
    SasSearch all = everything(offer);
    SasOffer selected = offer.select(all);
    long free = offer.schedules().stream().flatMap(s -> s.slots().stream()).filter(t -> t.status() == SlotStatus.FREE).count();
    assertThat(selected.schedules().stream().mapToLong(s -> s.slots().size()).sum()).isEqualTo(free);
    assertThat(SasFhir.toBundle(offer, all).getTotal()).isEqualTo((int) free);
  }

  private static SasSearch everything(SasOffer offer) {
    Set<SasProfessionalId> ids = new LinkedHashSet<>();
    offer.schedules().forEach(s -> ids.add(s.professional()));
    return new SasSearch(ids, SasOffers.T0, SasOffers.T0.plus(Duration.ofDays(3)));
  }
}
