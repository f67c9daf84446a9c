package io.github.cptssdk.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.id.InvalidIdentifierException;
import org.junit.jupiter.api.Test;

class TerritoryBadInputTest {

  private final CommuneReferential referential = CommuneReferential.official();

  @Test
  void unknown_commune_codes_are_listed_not_dropped() {
    // 34999 and 75121 have the form of a code but no commune; 34301 is Sète.
    TerritoryProfile profile = referential.profile(Territory.parse("34999", "34301", "75121"));
    assertThat(profile.unknownCodes()).containsExactly(CommuneCode.of("34999"), CommuneCode.of("75121"));
    assertThat(profile.isComplete()).isFalse();
    assertThat(profile.communeCount()).isEqualTo(1);
    assertThat(profile.population()).isEqualTo(45_337L);
    assertThat(profile.territory().size()).isEqualTo(3);
  }

  @Test
  void a_former_commune_merged_into_another_is_unknown() {
    // 49001 Les Alleuds became a commune déléguée of Brissac Loire Aubance in 2016.
    assertThat(referential.commune(CommuneCode.of("49001"))).isEmpty();
    assertThat(referential.profile(Territory.parse("49001")).unknownCodes()).containsExactly(CommuneCode.of("49001"));
  }

  @Test
  void empty_territory_has_an_empty_profile() {
    TerritoryProfile profile = referential.profile(Territory.empty());
    assertThat(profile.population()).isZero();
    assertThat(profile.communeCount()).isZero();
    assertThat(profile.departments()).isEmpty();
    assertThat(profile.regions()).isEmpty();
    assertThat(profile.isComplete()).isTrue();
  }

  @Test
  void unknown_epci_is_a_typed_exception_with_its_code() {
    EpciCode valid = EpciCode.parse("200066355");
    EpciCode unknown = EpciCode.parse("213403017"); // the SIREN of the commune of Sète: no EPCI
    assertThat(referential.epci(unknown)).isEmpty();
    assertThatThrownBy(() -> referential.epciTerritory(unknown))
        .isInstanceOf(UnknownTerritoryException.class)
        .hasMessageStartingWith("CPTS-0201: unknown EPCI code [213403017]")
        .extracting(e -> ((CptsException) e).code()).isEqualTo("CPTS-0201");
    assertThat(referential.epciTerritory(valid).isEmpty()).isFalse();
  }

  @Test
  void unknown_department_and_region_are_typed_exceptions() {
    assertThatThrownBy(() -> referential.departmentTerritory("20"))
        .isInstanceOf(UnknownTerritoryException.class)
        .hasMessageStartingWith("CPTS-0201: unknown department code [20]");
    assertThatThrownBy(() -> referential.regionTerritory("99"))
        .isInstanceOf(UnknownTerritoryException.class)
        .hasMessageStartingWith("CPTS-0201: unknown region code [99]");
    assertThat(referential.department("20")).isEmpty();
    assertThat(referential.region("99")).isEmpty();
  }

  @Test
  void malformed_commune_code_is_rejected_before_the_referential() {
    assertThatThrownBy(() -> Territory.parse("34301", "3430"))
        .isInstanceOf(InvalidIdentifierException.class);
  }
}
