package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Supplied national tables: checked line by line, applied whole or not at all, used as SUPPLIED. */
class SuppliedTableTest {

  private static final AciRules RULES = AciRules.official();
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  private static final String HEAD = "VERSION_ID\t-\t-\tAVENANT_2\t-\t-\t-\nSOURCE\t-\t-\tmy table\t-\t-\t-\n";

  private static String row(String item, String mission, String size, String value) {
    return String.join("\t", item, mission, size, value, "SUPPLIED", "-", "-") + "\n";
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      MISSION_FIXED\tACCESS_TO_CARE\tSIZE_3\t90000\tSUPPLIED\t-        | CPTS-1470
      NO_SUCH_ITEM\t-\tSIZE_3\t1\tSUPPLIED\t-\t-                        | CPTS-1471
      MISSION_FIXED\tNOWHERE\tSIZE_3\t1\tSUPPLIED\t-\t-                 | CPTS-1472
      MISSION_FIXED\tPREVENTION\tSIZE_9\t1\tSUPPLIED\t-\t-              | CPTS-1473
      MISSION_FIXED\tPREVENTION\t-\t1\tSUPPLIED\t-\t-                   | CPTS-1473
      MISSION_FIXED\tPREVENTION\tSIZE_3\t-5\tSUPPLIED\t-\t-             | CPTS-1475
      MISSION_FIXED\tPREVENTION\tSIZE_3\t99999999\tSUPPLIED\t-\t-       | CPTS-1475
      MISSION_FIXED\tPREVENTION\tSIZE_3\tabc\tSUPPLIED\t-\t-            | CPTS-1475
      OPERATING_YEARLY\tPREVENTION\tSIZE_3\t1\tSUPPLIED\t-\t-           | CPTS-1477
      MISSION_FIXED\t-\tSIZE_3\t1\tSUPPLIED\t-\t-                       | CPTS-1477
      MISSION_FIXED\tPREVENTION\tSIZE_3\t1\tCONFIRMED\t-\t-             | CPTS-1479
      """)
  void eachBadLineIsOneErrorWithItsLineAndCode(String line, String code) {
    String text = HEAD + row("MISSION_FIXED", "CARE_PATHWAYS", "SIZE_3", "45000") + line.strip() + "\n";
    assertThatThrownBy(() -> RULES.withTable(SuppliedTable.parseTsv(text, "t.tsv")))
        .isInstanceOfSatisfying(AciTableException.class, e -> {
          assertThat(e.errors()).extracting(ValidationIssue::code).containsExactly(code);
          assertThat(e.errors().get(0).path()).isEqualTo("line 4");
          assertThat(e.getMessage()).startsWith(code + ": line 4: ");
          assertThat(e.errors().get(0).message().fr()).isNotEqualTo(e.errors().get(0).message().en());
        });
  }

  @Test
  void twoValuesForOneCellAMissingMissionOfTheVersionAndAnotherVersionAreErrors() {
    String twice = HEAD + row("MISSION_FIXED", "PREVENTION", "3", "1") + row("MISSION_FIXED", "PREVENTION", "SIZE_3", "2");
    assertThatThrownBy(() -> RULES.withTable(SuppliedTable.parseTsv(twice, "t"))).isInstanceOfSatisfying(
        AciTableException.class, e -> assertThat(e.errors()).extracting(ValidationIssue::code, ValidationIssue::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("CPTS-1476", "line 4")));
    String crisis2019 = row("MISSION_FIXED", "HEALTH_CRISIS", "SIZE_3", "1");
    assertThatThrownBy(() -> RULES.withTable(AciVersionId.of("ACI_2019"), SuppliedTable.parseTsv(crisis2019, "t")))
        .isInstanceOfSatisfying(AciTableException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("CPTS-1474"));
    assertThatThrownBy(() -> RULES.withTable(AciVersionId.of("ACI_2019"), SuppliedTable.parseTsv(HEAD, "t")))
        .isInstanceOfSatisfying(AciTableException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("CPTS-1480"));
    assertThatThrownBy(() -> RULES.withTable(SuppliedTable.parseTsv(row("MISSION_FIXED", "PREVENTION", "3", "1"), "t")))
        .isInstanceOfSatisfying(AciTableException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("CPTS-1478"));
    assertThatThrownBy(() -> RULES.withTable(AciVersionId.of("AVENANT_9"), SuppliedTable.parseTsv(HEAD, "t")))
        .isInstanceOfSatisfying(AciRulesException.class, e -> assertThat(e.code()).isEqualTo("CPTS-1481"));
  }

  @Test
  void aTableFillingEveryAnnualLineGivesAnExactTotalAndNoUnknownLine() {
    StringBuilder t = new StringBuilder(HEAD).append(row("OPERATING_YEARLY", "-", "SIZE_3", "75000.10"));
    long cents = 7_500_010;
    int i = 1;
    for (Mission m : RULES.at(DAY).coreMissions(DAY)) {
      t.append(row("MISSION_FIXED", m.name(), "SIZE_3", i + "0000.01")).append(row("MISSION_VARIABLE", m.name(), "SIZE_3", i + "000"));
      cents += i * 1_000_000L + 1 + i * 100_000L;
      i++;
    }
    t.append(row("SNP_COMPENSATION", "ACCESS_TO_CARE", "SIZE_3", "1234.56")).append(row("CRISIS_ACTIVATION", "HEALTH_CRISIS", "SIZE_3", "67500"));
    cents += 123_456 + 6_750_000;
    AciFunding funding = AciFunding.of(RULES.withTable(SuppliedTable.parseTsv(t.toString(), "t")), FigurePolicy.nationalDefaults());
    Simulation s = funding.simulate(SizeBand.SIZE_3, DAY, RULES.at(DAY).coreMissions(DAY));
    assertThat(s.complete()).isTrue();
    assertThat(s.unknownAnnualLines()).isEmpty();
    assertThat(s.knownAnnualTotal()).isEqualTo(Euros.ofCents(cents));
    assertThat(s.lines()).filteredOn(l -> l.item() == FundingItem.MISSION_FIXED)
        .allSatisfy(l -> assertThat(l.amount().provenance().sources()).first().isEqualTo("my table"));
  }

  @Property(tries = 200)
  void aSuppliedValueWinsOverBundledCandidatesAndNeverOverTheContract(@ForAll("missions") Mission mission,
      @ForAll("sizes") SizeBand size, @ForAll @LongRange(min = 0, max = 1_000_000_000L) long cents,
      @ForAll("policies") FigurePolicy policy) {
    Euros value = Euros.ofCents(cents);
    String text = HEAD + row("MISSION_FIXED", mission.name(), size.name(), value.toBigDecimal().toPlainString());
    AciRules supplied = RULES.withTable(SuppliedTable.parseTsv(text, "t"));
    Amount a = supplied.version(AciVersionId.of("AVENANT_2")).orElseThrow().amount(FundingItem.MISSION_FIXED, mission, size, policy);
    assertThat(a.value()).contains(value);
    assertThat(a.provenance().status()).isEqualTo(EvidenceStatus.SUPPLIED);
    AciContract stated = AciContract.of(io.github.cptssdk.core.model.CptsId.of("sup"), DAY, size,
        List.of(new ContractMission(mission, DAY, Euros.of(1), List.of())));
    FundingLine fixed = AciFunding.of(supplied, policy).year(stated, 1, YearResults.allMet()).lines().stream()
        .filter(l -> l.item() == FundingItem.MISSION_FIXED).findFirst().orElseThrow();
    assertThat(fixed.envelope().value()).contains(Euros.of(1));
    assertThat(fixed.envelope().provenance().status()).isEqualTo(EvidenceStatus.CONTRACT);
  }

  @Property(tries = 100)
  void aTableWithOneErrorChangesNothing(@ForAll @IntRange(min = 0, max = 5) int good, @ForAll("badLines") String bad) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < good; i++) {
      lines.add(row("MISSION_FIXED", List.of(Mission.values()).get(i).name(), "SIZE_2", "100"));
    }
    lines.add(Math.min(good, 2), bad);
    SuppliedTable t = SuppliedTable.parseTsv(HEAD + String.join("", lines), "t");
    assertThatThrownBy(() -> RULES.withTable(t)).isInstanceOf(AciTableException.class);
    assertThat(RULES.version(AciVersionId.of("AVENANT_2")).orElseThrow().amount(FundingItem.MISSION_FIXED, Mission.ACCESS_TO_CARE,
        SizeBand.SIZE_2, FigurePolicy.nationalDefaults()).isKnown()).isFalse();
  }

  @Property(tries = 100)
  void totalsAreTheSumOfTheLines(@ForAll("sizes") SizeBand size, @ForAll @LongRange(min = 0, max = 100_000_000L) long cents) {
    String text = HEAD + row("OPERATING_YEARLY", "-", size.name(), Euros.ofCents(cents).toBigDecimal().toPlainString());
    Simulation s = AciFunding.of(RULES.withTable(SuppliedTable.parseTsv(text, "t")), FigurePolicy.nationalDefaults())
        .simulate(size, DAY, EnumSet.allOf(Mission.class));
    Euros sum = s.lines().stream().filter(SimulatedLine::annual).map(l -> l.amount().value().orElse(Euros.ZERO))
        .reduce(Euros.ZERO, Euros::plus);
    assertThat(s.knownAnnualTotal()).isEqualTo(sum);
  }

  /** Accepted, then used: any text either is refused with a coded error or gives rules that simulate and fund. */
  @Property(tries = 300)
  void anyAcceptedTableIsSafeForTheNextOperations(@ForAll("tableTexts") String text) {
    AciRules rules;
    try {
      rules = RULES.withTable(AciVersionId.of("AVENANT_2"), SuppliedTable.parseTsv(text, "fuzz"));
    } catch (AciTableException e) {
      assertThat(e.code()).matches("CPTS-14[78]\\d");
      assertThat(e.errors()).isNotEmpty();
      return;
    }
    AciFunding funding = AciFunding.of(rules, FigurePolicy.nationalDefaults());
    for (SizeBand size : SizeBand.values()) {
      Simulation s = funding.simulate(size, DAY, EnumSet.allOf(Mission.class));
      assertThat(s.knownAnnualTotal().isNegative()).isFalse();
    }
    AciContract c = AciContract.of(io.github.cptssdk.core.model.CptsId.of("fz"), DAY, SizeBand.SIZE_3,
        List.of(new ContractMission(Mission.PREVENTION, DAY, null, List.of())));
    assertThat(funding.projection(c)).hasSize(5);
  }

  @Provide
  Arbitrary<String> tableTexts() {
    Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("-", "MISSION_FIXED", "OPERATING_YEARLY", "CRISIS_ACTIVATION",
        "PREVENTION", "HEALTH_CRISIS", "SIZE_3", "2", "SUPPLIED", "100", "0", "-1", "1e3", "99999999999", "\u00e9", ""),
        Arbitraries.strings().ofMaxLength(6));
    Arbitrary<String> line = cell.list().ofMinSize(5).ofMaxSize(8).map(l -> String.join("\t", l));
    return line.list().ofMaxSize(6).map(l -> String.join("\n", l));
  }

  @Provide
  Arbitrary<Mission> missions() {
    return Arbitraries.of(Mission.values());
  }

  @Provide
  Arbitrary<SizeBand> sizes() {
    return Arbitraries.of(SizeBand.values());
  }

  @Provide
  Arbitrary<FigurePolicy> policies() {
    return Arbitraries.subsetOf(EvidenceStatus.OBSERVED, EvidenceStatus.NEGOTIATION, EvidenceStatus.INFERRED,
        EvidenceStatus.CONFLICT).map(s -> FigurePolicy.nationalDefaults().accepting(s.toArray(EvidenceStatus[]::new)));
  }

  @Provide
  Arbitrary<String> badLines() {
    return Arbitraries.of(row("NOPE", "-", "SIZE_1", "1"), row("MISSION_FIXED", "PREVENTION", "SIZE_1", "-1"),
        row("MISSION_FIXED", "PREVENTION", "SIZE_7", "1"), "MISSION_FIXED\tPREVENTION\n",
        row("MISSION_FIXED", "X", "SIZE_1", "1"), row("OPERATING_YEARLY", "PREVENTION", "SIZE_1", "1"));
  }

}
