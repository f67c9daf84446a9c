package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.validation.ValidationIssue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed id of an ACI version: the form of the bundled ids, its text is the id, a bad one is CPTS-1495. */
class AciVersionIdTest {

  @Test
  void theIdsOfTheBundledFilesAreOfTheFormAndPrintAsThemselves() {
    assertThat(AciRules.official().versions()).extracting(v -> v.id().toString()).containsExactly("ACI_2019", "AVENANT_2");
    AciVersionId av2 = AciVersionId.parse(" AVENANT_2 ");
    assertThat(av2).isEqualTo(AciVersionId.of("AVENANT_2")).hasToString("AVENANT_2");
    assertThat(AciRules.official().version(av2)).map(AciVersion::label).contains("ACI CPTS avenant 2");
    assertThat(AciRules.official().version(AciVersionId.of("AVENANT_3"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "avenant_2", "AVENANT__2", "_AVENANT", "AVENANT_", "2019_ACI", "AVENANT 2", "AVENANT-2",
      "ÉTAT_1", "A23456789_123456789_123456789_123"})
  void aMalformedIdIsRefusedWithItsCode(String text) {
    assertThatThrownBy(() -> AciVersionId.of(text)).isInstanceOfSatisfying(AciRulesException.class,
        e -> assertThat(e.code()).isEqualTo("CPTS-1495"));
  }

  @Property
  void anIdReadsBackFromItsText(@ForAll("ids") String text) {
    AciVersionId id = AciVersionId.of(text);
    assertThat(AciVersionId.parse(id.toString())).isEqualTo(id);
    assertThat(id.value()).isEqualTo(text);
  }

  @Provide
  Arbitrary<String> ids() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(6);
    return Arbitraries.strings().withCharRange('A', 'Z').ofLength(1)
        .flatMap(first -> word.list().ofMaxSize(3).map(ws -> first + ws.stream().map(w -> "_" + w).reduce("", String::concat)));
  }

  @Test
  void aTableNamingAMalformedVersionIsOneErrorWithItsLineAndNothingIsApplied() {
    String text = "# a comment\nVERSION_ID\t-\t-\tavenant-2\t-\t-\t-\n"
        + String.join("\t", "MISSION_FIXED", "PREVENTION", "SIZE_3", "1", "SUPPLIED", "-", "-") + "\n";
    SuppliedTable table = SuppliedTable.parseTsv(text, "t.tsv");
    assertThat(table.versionId()).isNull();
    assertThatThrownBy(() -> AciRules.official().withTable(AciVersionId.of("AVENANT_2"), table))
        .isInstanceOfSatisfying(AciTableException.class, e -> {
          assertThat(e.errors()).extracting(ValidationIssue::code, ValidationIssue::path)
              .containsExactly(org.assertj.core.groups.Tuple.tuple("CPTS-1495", "line 2"));
          assertThat(e.errors().get(0).message().en()).contains("[avenant-2]");
          assertThat(e.errors().get(0).message().fr()).contains("[avenant-2]");
        });
  }
}
