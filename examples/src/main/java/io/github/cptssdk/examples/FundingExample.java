package io.github.cptssdk.examples;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.contract.ContractJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Eligibility of a CPTS and the funding of a contract year, from the JSON documents of {@code examples/data}. */
public final class FundingExample {

  private FundingExample() {}

  /** @return the eligibility report of the Sète example at {@code date} */
  public static ValidationReport eligibility(Path data, LocalDate date) {
    // tag::eligibility[]
    Cpts cpts = CptsJson.read(data.resolve("cpts-sete.json"));
    ValidationReport report = AciRules.official().eligibility(cpts, date);
    report.isValid();  // false when a finding is an error
    report.errors();   // each with a stable code, a path (missions[1].fullyDeployedOn) and FR/EN text
    // end::eligibility[]
    return report;
  }

  /** @return the funding of year 2 of the Sète example contract */
  public static ContractYearFunding year2(Path data) {
    // tag::funding[]
    AciContract contract = ContractJson.readContract(data.resolve("contract-sete.json"));
    YearResults results = ContractJson.readResults(data.resolve("contract-sete-results-year2.json"));

    ContractYearFunding year = AciFunding.official().year(contract, 2, results);
    year.lines();       // operating, each mission's fixed and variable part: envelope, earned, rule, source
    year.knownEarned(); // the sum of the amounts known (an unknown national figure is never a silent 0)
    year.unknowns();    // the lines whose national figure is unknown, with the reason
    List<Payment> payments = year.payments(); // dated: 75 % advance, balance at the anniversary
    // end::funding[]
    return year;
  }
}
