package io.github.cptssdk.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The French report words cpts-core's English reasons for unknown amounts in French (see DemoReport.reasonFr). */
class DemoReportTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      no national amount confirmed (no CONFIRMED or SINGLE_SOURCE figure) | aucun montant national confirmé (ni CONFIRMED ni SINGLE_SOURCE)
      no national amount confirmed (no CONFIRMED or SINGLE_SOURCE figure); candidates not used by default: 75000 INFERRED [a] | aucun montant national confirmé (ni CONFIRMED ni SINGLE_SOURCE) ; candidats non retenus par défaut : 75000 INFERRED [a]
      sources disagree: 1 CONFIRMED [a]; 2 CONFIRMED [b] | les sources divergent : 1 CONFIRMED [a]; 2 CONFIRMED [b]
      an indicator line has no amount | une ligne d'indicateur n'a pas de montant
      the contract has no indicator lines to score | le contrat n'a pas de ligne d'indicateur à évaluer
      indicator line 'l1' cannot be scored (amount, baseline or target missing) | la ligne d'indicateur 'l1' ne peut pas être évaluée (montant, référence ou cible manquant)
      """)
  void each_reason_of_cpts_core_is_worded_in_french(String english, String french) {
    assertThat(DemoReport.reasonFr(english)).isEqualTo(french);
  }
}
