package io.github.cptssdk.benchmarks.fhir;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.model.MemberOrganisation;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.MissionCommitment;
import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.core.model.Specialty;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.FhirImport;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export, import and validation of one mid-sized CPTS (40 professionals, 8 member organisations, 25
 * communes, 6 missions: 122 resources) with one shared context and one validator built in setup.
 * Baseline: HAPI alone parsing and re-encoding the same bundle JSON, to read the adapter's cost as a
 * ratio. Packages: {@code -Dcpts.fhir.packages=PATH} (default: the first {@code shared/fhir/packages}
 * above the working directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class FhirBenchmark {

  private Cpts cpts;
  private Bundle bundle;
  private String json;
  private FhirValidator validator;

  @Setup
  public void setup() {
    cpts = sample();
    bundle = FhirMapper.toBundle(cpts, BundleType.COLLECTION);
    json = FhirMapper.toJson(bundle);
    validator = FhirValidator.of(packages());
    validator.validate(bundle);
  }

  static Path packages() {
    String property = System.getProperty(FhirValidator.PACKAGES_PROPERTY);
    if (property != null) {
      return Path.of(property);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/fhir/packages"))) {
        return p.resolve("shared/fhir/packages");
      }
    }
    throw new IllegalStateException("set -D" + FhirValidator.PACKAGES_PROPERTY);
  }

  static Cpts sample() {
    List<HealthProfessional> pros = new ArrayList<>();
    Profession[] professions = {Profession.PHYSICIAN, Profession.NURSE, Profession.PHARMACIST, Profession.PHYSIOTHERAPIST};
    for (int i = 0; i < 40; i++) {
      HealthProfessional p = HealthProfessional.of(RppsNumber.withComputedKey(String.format("10%08d", i)), professions[i % 4]);
      pros.add(i % 4 == 0 ? p.withSpecialty(Specialty.GENERAL_PRACTICE) : p);
    }
    List<MemberOrganisation> orgs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      orgs.add(new MemberOrganisation("Membre " + i, OrganisationKind.MSP, FinessNumber.withComputedKey(String.format("34%06d", i)), null));
    }
    List<CommuneCode> communes = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      communes.add(CommuneCode.of(String.format("34%03d", i * 3)));
    }
    List<MissionCommitment> missions = new ArrayList<>();
    for (Mission m : Mission.values()) {
      missions.add(MissionCommitment.of(m));
    }
    return Cpts.of(CptsId.of("cpts-bench"), "CPTS de mesure", Territory.of(communes))
        .withProfessionals(pros).withOrganisations(orgs).withMissions(missions);
  }

  @Benchmark
  public String baselineHapiParseAndEncode() {
    IBaseResource parsed = FhirMapper.parse(json);
    return FhirMapper.toJson(parsed);
  }

  @Benchmark
  public String exportToJson() {
    return FhirMapper.toJson(FhirMapper.toBundle(cpts, BundleType.COLLECTION));
  }

  @Benchmark
  public FhirImport importFromJson() {
    return FhirMapper.fromText(json);
  }

  @Benchmark
  public ValidationReport validateBundle() {
    return validator.validate(bundle);
  }
}
