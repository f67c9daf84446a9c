package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.aci.internal.OfficialRules;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Mission;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every item of a data file is read by the rules or declared reference-only; a new version is data and a test. */
class AciDataItemsTest {

  private static final Path SOURCES = Path.of("src/main/java/io/github/cptssdk/core/aci");

  @Test
  void everyItemOfTheBundledFilesIsReadByTheRulesOrDeclaredReferenceOnly() throws IOException {
    String code = mainSources();
    for (AciVersion v : AciRules.official().versions()) {
      Set<RuleItem> items = new TreeSet<>(Comparator.comparing(RuleItem::name));
      v.figures().forEach(f -> items.add(f.item()));
      for (RuleItem item : items) {
        boolean read = code.contains(item.getClass().getSimpleName() + "." + item.name());
        if (v.referenceOnly().contains(item)) {
          assertThat(read).as("%s of %s is declared reference-only but the rules read it", item, v.id()).isFalse();
        } else {
          assertThat(read).as("%s of %s: read by no rule and not declared REFERENCE_ONLY", item, v.id()).isTrue();
        }
      }
      assertThat(items).as("the crisis-plan figures of %s are declared", v.id())
          .filteredOn(i -> i.name().startsWith("CRISIS_PLAN")).allMatch(v.referenceOnly()::contains);
    }
  }

  @Test
  void noRuleReadsAnItemByAStringKey() throws IOException {
    String code = mainSources();
    for (RuleItem item : allItems()) {
      assertThat(code).as("string key of %s", item).doesNotContain("\"" + item.name() + "\"")
          .doesNotContain("\"" + item.name() + "|");
    }
  }

  @Test
  void aDataFileLineWithAnUnknownItemIsMalformed() {
    String text = OfficialRules.read("avenant-2.tsv") + "MISSION_FIXD\tPREVENTION\tSIZE_3\t1\tCONFIRMED\t-\t-\n";
    assertThatThrownBy(() -> AciVersion.parse(text)).isInstanceOfSatisfying(AciRulesException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0403");
      assertThat(e.getMessage()).contains("unknown item 'MISSION_FIXD'");
    });
    String reference = OfficialRules.read("avenant-2.tsv") + "REFERENCE_ONLY\t-\t-\tNO_SUCH\tCONFIRMED\t-\t-\n";
    assertThatThrownBy(() -> AciVersion.parse(reference)).isInstanceOfSatisfying(AciRulesException.class,
        e -> assertThat(e.getMessage()).contains("REFERENCE_ONLY").contains("'NO_SUCH'"));
  }

  @Test
  void everyItemHasOneNameAndIsFoundByIt() {
    List<RuleItem> all = allItems();
    assertThat(all.stream().map(RuleItem::name).distinct()).hasSameSizeAs(all);
    all.forEach(i -> assertThat(RuleItem.find(i.name())).contains(i));
    assertThat(RuleItem.find("SOURCE")).isEmpty();
  }

  private static List<RuleItem> allItems() {
    return Stream.concat(Stream.of(FundingItem.values()), Stream.of(VersionItem.values())).map(RuleItem.class::cast).toList();
  }

  /** The rule sources without comments, but without the item types themselves (they name every item). */
  private static String mainSources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("FundingItem.java")
          && !f.endsWith("VersionItem.java") && !f.endsWith("RuleItem.java")).toList()) {
        all.append(Files.readString(p).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", ""));
      }
    }
    return all.toString();
  }

  @Test
  void aHypotheticalAvenant3IsADataFileAndNoCode() throws IOException {
    AciVersion av3 = AciVersion.parse(resource("avenant-3-hypothetical.tsv"));
    String av2 = OfficialRules.read("avenant-2.tsv").replace("2022-03-31/..", "2022-03-31/2027-01-01");
    AciRules rules = AciRules.of(List.of(AciVersion.parse(OfficialRules.read("aci-2019.tsv")), AciVersion.parse(av2), av3));
    assertThat(rules.at(LocalDate.of(2027, 1, 1)).id()).isEqualTo(AciVersionId.of("AVENANT_3"));
    assertThat(av3.has(VersionFeature.LETTER_OF_INTENT)).isFalse();
    assertThat(av3.featureMission(VersionFeature.CRISIS_ACTIVATION)).contains(Mission.HEALTH_CRISIS);
    assertThat(av3.referenceOnly()).containsExactly(FundingItem.SAS_PARTICIPATION);
    LocalDate signed = LocalDate.of(2027, 3, 1);
    AciContract c = new AciContract(CptsId.of("av3"), signed, SizeBand.SIZE_3, null, Euros.of(1), null, Euros.of(9),
        signed.minusMonths(3), null, AttainmentFormula.LINEAR,
        List.of(new ContractMission(Mission.HEALTH_CRISIS, signed, Euros.of(10_000), List.of())));
    AciFunding funding = AciFunding.of(rules, FigurePolicy.nationalDefaults());
    ContractYearFunding year2 = funding.year(c, 2, YearResults.none().withCrisisRecognised(true));
    assertThat(year2.versionId()).isEqualTo(AciVersionId.of("AVENANT_3"));
    assertThat(year2.lines()).extracting(FundingLine::item).doesNotContain(FundingItem.LETTER_OF_INTENT)
        .contains(FundingItem.CRISIS_ACTIVATION);
    assertThat(year2.payments()).filteredOn(p -> p.rule() == FundingRule.ADVANCE && p.item() == FundingItem.OPERATING_YEARLY)
        .extracting(Payment::amount).containsExactly(Euros.of(48_000)); // 0.60 x 80 000, the version's share
    assertThat(funding.year(c, 1, YearResults.none()).lines()).extracting(FundingLine::item)
        .doesNotContain(FundingItem.LETTER_OF_INTENT);
  }

  @Test
  void aVersionFileWithAGapOrAnOverlapIsRefused() throws IOException {
    AciVersion av3 = AciVersion.parse(resource("avenant-3-hypothetical.tsv"));
    AciVersion aci2019 = AciVersion.parse(OfficialRules.read("aci-2019.tsv"));
    AciVersion av2Open = AciVersion.parse(OfficialRules.read("avenant-2.tsv"));
    AciVersion av2Short = AciVersion.parse(OfficialRules.read("avenant-2.tsv").replace("2022-03-31/..", "2022-03-31/2026-01-01"));
    assertThatThrownBy(() -> AciRules.of(List.of(aci2019, av2Open, av3))).hasMessageStartingWith("CPTS-0401");
    assertThatThrownBy(() -> AciRules.of(List.of(aci2019, av2Short, av3))).hasMessageStartingWith("CPTS-0402");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = AciDataItemsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
