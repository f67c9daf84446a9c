package io.github.cptssdk.examples;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.desk.DeskMatcher;
import io.github.cptssdk.desk.DeskRequest;
import io.github.cptssdk.desk.Fragility;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.MatchResult;
import io.github.cptssdk.desk.Origin;
import io.github.cptssdk.desk.PriorityRules;
import io.github.cptssdk.desk.RequestId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A month of the médecin-traitant desk of the Bassin de Thau (README of cpts-desk). */
public final class DeskExample {

  private DeskExample() {}

  /** @return the matching of two requests to one GP place in Sète */
  public static MatchResult month() {
    // tag::desk[]
    CommuneReferential referential = CommuneReferential.official();
    Territory thau = referential.epciTerritory(EpciCode.parse("200066355"));
    CommuneCode sete = CommuneCode.parse("34301");

    // Pseudonymous requests (never a name nor a NIR) and one GP place in Sète
    List<DeskRequest> requests = List.of(
        DeskRequest.received(RequestId.parse("DT-0001"), sete, 1990, Set.of(), Origin.SELF, LocalDate.of(2025, 1, 6)),
        DeskRequest.received(RequestId.parse("DT-0002"), sete, 1961, Set.of(Fragility.ALD), Origin.CPAM,
            LocalDate.of(2025, 2, 20)));
    List<GpCapacity> gps = List.of(GpCapacity.of(RppsNumber.withComputedKey("1000000001"), sete, 1));

    MatchResult march = DeskMatcher.of(referential, thau, PriorityRules.cnam())
        .match(requests, gps, DateRange.ofClosed(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
    march.proposals(); // DT-0002 (ALD comes first): "priority [ALD], waiting 9 days, ... same commune"
    march.waiting();   // DT-0001: "every GP that accepts it is full for the period"
    // end::desk[]
    return march;
  }
}
