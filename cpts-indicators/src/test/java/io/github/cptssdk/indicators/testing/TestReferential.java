package io.github.cptssdk.indicators.testing;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import java.util.List;

/**
 * A small referential for tests: 3 regions, 5 departments, 10 communes and 3 arrondissements
 * municipaux (Paris 1er and 2e, Lyon 1er), with their real codes and rounded populations.
 */
public final class TestReferential {

  /** EPCI of Sète Agglopôle Méditerranée (real SIREN). */
  public static final String SETE_EPCI = "243400769";

  private static final CommuneReferential INSTANCE = CommuneReferential.builder("test referential").addAll(List.of(
      commune("34301", "Sète", "34", "76", SETE_EPCI, 44_000),
      commune("34108", "Frontignan", "34", "76", SETE_EPCI, 23_000),
      commune("34157", "Marseillan", "34", "76", SETE_EPCI, 8_000),
      commune("34003", "Agde", "34", "76", "200066355", 29_000),
      commune("30189", "Nîmes", "30", "76", null, 148_000),
      commune("75056", "Paris", "75", "11", "200054781", 2_100_000),
      arrondissement("75101", "Paris 1er", "75", "11", "75056", 16_000),
      arrondissement("75102", "Paris 2e", "75", "11", "75056", 21_000),
      commune("93066", "Saint-Denis", "93", "11", null, 113_000),
      commune("69123", "Lyon", "69", "84", "200046977", 520_000),
      arrondissement("69381", "Lyon 1er", "69", "84", "69123", 29_000),
      commune("69264", "Villefranche-sur-Saône", "69", "84", null, 37_000),
      commune("01053", "Bourg-en-Bresse", "01", "84", null, 42_000)))
      .departmentName("34", "Hérault").regionName("76", "Occitanie").build();

  private TestReferential() {}

  /** @return the referential */
  public static CommuneReferential get() {
    return INSTANCE;
  }

  private static Commune commune(String code, String name, String dept, String region, String epci, long pop) {
    return new Commune(CommuneCode.parse(code), name, Commune.Kind.COMMUNE, dept, region,
        epci == null ? null : EpciCode.parse(epci), null, pop);
  }

  private static Commune arrondissement(String code, String name, String dept, String region, String parent, long pop) {
    return new Commune(CommuneCode.parse(code), name, Commune.Kind.MUNICIPAL_ARRONDISSEMENT, dept, region, null,
        CommuneCode.parse(parent), pop);
  }
}
