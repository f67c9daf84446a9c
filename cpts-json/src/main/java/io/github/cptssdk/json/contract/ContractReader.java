package io.github.cptssdk.json.contract;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AttainmentFormula;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.IndicatorKind;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.IndicatorResult;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.aci.Tier;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Mission;
import java.util.Set;

/** Reads the contract and results documents from a JSON tree (format: docs/aci-rules.md). */
final class ContractReader {

  static final String CONTRACT_SCHEMA = "cpts-aci-contract/1";
  static final String RESULTS_SCHEMA = "cpts-aci-results/1";

  private ContractReader() {}

  static AciContract contract(Fields f) {
    f.only(Set.of("schema", "cptsId", "signedOn", "size", "population", "formula", "operatingAtSignature",
        "operatingYearly", "letterOfIntent", "letterOfIntentValidatedOn", "crisisActivation", "missions"));
    schema(f, CONTRACT_SCHEMA);
    AttainmentFormula formula = f.optionalEnum("formula", AttainmentFormula.class);
    return new AciContract(cptsId(f), f.date("signedOn"), f.optionalEnum("size", SizeBand.class),
        f.optionalLong("population"), f.optionalEuros("operatingAtSignature"), f.optionalEuros("operatingYearly"),
        f.optionalEuros("letterOfIntent"), f.optionalDate("letterOfIntentValidatedOn"), f.optionalEuros("crisisActivation"),
        formula == null ? AttainmentFormula.LINEAR : formula, f.list("missions", ContractReader::mission));
  }

  private static void schema(Fields f, String expected) {
    String s = f.optionalText("schema");
    if (s != null && !s.equals(expected)) {
      throw Fields.error("CPTS-0654", "$.schema", expected);
    }
  }

  private static CptsId cptsId(Fields f) {
    try {
      return CptsId.of(f.text("cptsId"));
    } catch (IllegalArgumentException e) {
      throw Fields.error("CPTS-0652", "$.cptsId", "1-64 lower-case letters, digits or hyphens");
    }
  }

  private static ContractMission mission(Fields f, String path) {
    f.only(Set.of("mission", "startedOn", "fixedAmount", "indicators"));
    return new ContractMission(f.enumValue("mission", Mission.class), f.optionalDate("startedOn"),
        f.optionalEuros("fixedAmount"), f.list("indicators", ContractReader::indicator));
  }

  private static IndicatorLine indicator(Fields f, String path) {
    f.only(Set.of("id", "label", "kind", "baseline", "target", "tiers", "amount"));
    String label = f.optionalText("label");
    return new IndicatorLine(f.text("id"), label == null ? "" : label, f.enumValue("kind", IndicatorKind.class),
        f.optionalNumber("baseline"), f.optionalNumber("target"), f.list("tiers", ContractReader::tier),
        f.optionalEuros("amount"));
  }

  private static Tier tier(Fields f, String path) {
    f.only(Set.of("threshold", "amount"));
    Euros amount = f.optionalEuros("amount");
    if (amount == null) {
      throw Fields.error("CPTS-0651", path + ".amount");
    }
    return new Tier(f.number("threshold"), amount);
  }

  static YearResults results(Fields f) {
    f.only(Set.of("schema", "year", "crisisRecognised", "results"));
    schema(f, RESULTS_SCHEMA);
    Boolean crisis = f.optionalBoolean("crisisRecognised");
    return YearResults.of(f.list("results", ContractReader::result), Boolean.TRUE.equals(crisis));
  }

  private static IndicatorResult result(Fields f, String path) {
    f.only(Set.of("line", "proven", "value"));
    return new IndicatorResult(f.text("line"), f.optionalBoolean("proven"), f.optionalNumber("value"));
  }
}
