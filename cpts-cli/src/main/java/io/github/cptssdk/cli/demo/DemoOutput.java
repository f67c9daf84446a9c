package io.github.cptssdk.cli.demo;

import io.github.cptssdk.cli.CliException;
import io.github.cptssdk.cli.report.DeskSection;
import io.github.cptssdk.cli.report.HtmlReport;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.fhir.ExportOptions;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.contract.ContractJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle.BundleType;

/** Writes the demo's {@code out/} folder: documents, results, FHIR bundles and the HTML report. */
final class DemoOutput {

  private DemoOutput() {}

  /** @throws CliException (output) with the path if the folder cannot be created or written */
  static void prepare(Path out) {
    try {
      Files.createDirectories(out);
      Path probe = Files.createTempFile(out, ".cpts-demo", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new CliException(CliException.OUTPUT, "cannot write to the output folder " + out);
    }
  }

  /** @return the files written, in order */
  static List<Path> write(DemoRun.Outcome outcome, Optional<DemoHistory.Run> history, Path out, boolean unmasked) {
    List<Path> files = new ArrayList<>();
    for (DemoRun.CptsOutcome c : outcome.cpts()) {
      String id = c.cpts().id().value();
      files.add(file(out.resolve("cpts").resolve(id + ".json"), CptsJson.write(c.cpts())));
      files.add(file(out.resolve("contracts").resolve(id + ".json"), ContractJson.writeContract(c.contract())));
      files.add(file(out.resolve("funding").resolve(id + "-year-" + c.funding().year() + ".json"),
          ContractJson.writeFunding(List.of(c.funding()))));
      files.add(file(out.resolve("indicators").resolve(id + ".json"), DemoSummary.indicatorsJson(c, unmasked)));
      files.add(file(out.resolve("fhir").resolve(id + ".json"),
          FhirMapper.toJson(FhirMapper.toBundle(c.cpts(), BundleType.COLLECTION, ExportOptions.none()
              .withPopulation(c.profile().population()).withSizeBand(c.size())
              .withReferential(CommuneReferential.official())))));
    }
    DemoSupply.Written registry = DemoSupply.write(outcome, out);
    files.addAll(registry.files());
    Optional<DemoDesk.Year> desk = DemoDesk.run(outcome);
    Optional<DemoSas.Answer> sas = DemoSas.run(outcome);
    sas.ifPresent(s -> files.add(file(s.path(out), s.bundle())));
    files.add(file(out.resolve("report.html"), DeskSection.into(DemoSas.withSection(
        DemoDesk.withSection(DemoHistory.withSection(HtmlReport.render(DemoReport.of(outcome, unmasked)), history), desk), sas, unmasked), registry.sections())));
    return files;
  }

  private static Path file(Path path, String content) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, content, StandardCharsets.UTF_8);
      return path;
    } catch (IOException e) {
      throw new CliException(CliException.OUTPUT, "cannot write " + path);
    }
  }
}
