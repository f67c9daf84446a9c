package io.github.cptssdk.benchmarks.fhir;

import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.ExportOptions;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirValidator;
import io.github.cptssdk.json.CptsJson;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export and FR Core validation of the bundles of every CPTS of one region (one CPTS per EPCI of the
 * region, members taken from {@code examples/data/cpts-sete.json}), with one FHIR context and one
 * validator built once in setup. Single shot: one operation is the whole region. Baseline, same run:
 * export and serialisation only. After each iteration the heap is printed ({@code [region-heap]}: peak
 * of the heap pools during the iteration, and used after a GC). Region: {@code -Dcpts.bench.region=CODE}
 * (default 28, Normandie).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class FhirRegionBenchmark {

  /** The CPTS of the region and their export options, built once. */
  @State(Scope.Benchmark)
  public static class Region {
    List<Cpts> cpts = List.of();
    List<ExportOptions> options = List.of();

    @Setup(Level.Trial)
    public void setup() {
      String code = System.getProperty("cpts.bench.region", "28");
      CommuneReferential referential = CommuneReferential.official();
      Cpts example = CptsJson.read(file("examples/data/cpts-sete.json"));
      AciVersion aci = AciRules.official().at(LocalDate.of(2026, 11, 23));
      List<Cpts> list = new ArrayList<>();
      List<ExportOptions> opts = new ArrayList<>();
      for (Epci epci : referential.epcis()) {
        if (referential.commune(epci.members().get(0)).orElseThrow().regionCode().equals(code)) {
          list.add(cptsOf(example, epci));
          opts.add(ExportOptions.none().withPopulation(epci.population())
              .withSizeBand(aci.sizeBand(epci.population())).withReferential(referential));
        }
      }
      if (list.isEmpty()) {
        throw new IllegalStateException("no EPCI in region " + code);
      }
      cpts = list;
      options = opts;
      System.out.printf(Locale.ROOT, "%n[region] %s: %d CPTS, %d resources%n", code, list.size(), resources());
    }

    int resources() {
      int n = 0;
      for (int i = 0; i < cpts.size(); i++) {
        n += FhirMapper.toBundle(cpts.get(i), BundleType.COLLECTION, options.get(i)).getEntry().size();
      }
      return n;
    }

    /** The example's members, renamed and moved to the communes of {@code epci}. */
    static Cpts cptsOf(Cpts example, Epci epci) {
      List<CommuneCode> communes = epci.members();
      List<HealthProfessional> pros = new ArrayList<>();
      for (HealthProfessional p : example.professionals()) {
        pros.add(p.withPracticeCommune(communes.get(pros.size() % communes.size())));
      }
      return new Cpts(CptsId.of("cpts-" + epci.code().value()), "CPTS " + epci.name(), example.legalForm(),
          null, null, null, Territory.of(communes), pros, example.organisations(), example.missions(),
          example.lifecycle(), example.coordinator());
    }
  }

  /** One validator for the whole run, warmed on every bundle (which must all be valid). */
  @State(Scope.Benchmark)
  public static class Validation {
    FhirValidator validator;

    @Setup(Level.Trial)
    public void setup(Region region) {
      validator = FhirValidator.builder().addPackages(FhirBenchmark.packages())
          .communes(CommuneReferential.official()).build();
      int errors = exportAndValidate(region, validator);
      if (errors != 0) {
        throw new IllegalStateException(errors + " FR Core validation errors in the region's bundles");
      }
    }
  }

  /** Peak heap of each iteration. */
  @State(Scope.Benchmark)
  public static class Heap {
    @Setup(Level.Iteration)
    public void reset() {
      System.gc();
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @TearDown(Level.Iteration)
    public void print() {
      long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.printf(Locale.ROOT, "%n[region-heap] peak %d MB, used after GC %d MB%n", peak >> 20, used >> 20);
    }

    static List<MemoryPoolMXBean> heapPools() {
      return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
  }

  /** @return {@code relative} resolved against the working directory or the nearest parent holding it */
  public static Path file(String relative) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(relative))) {
        return p.resolve(relative);
      }
    }
    throw new IllegalStateException("no " + relative + " above the working directory");
  }

  static int exportAndValidate(Region region, FhirValidator validator) {
    int errors = 0;
    for (int i = 0; i < region.cpts.size(); i++) {
      Bundle bundle = FhirMapper.toBundle(region.cpts.get(i), BundleType.COLLECTION, region.options.get(i));
      ValidationReport report = validator.validate(FhirMapper.toJson(bundle));
      if (!report.isValid()) {
        System.out.println(region.cpts.get(i).id() + ": " + report.errors());
      }
      errors += report.errors().size();
    }
    return errors;
  }

  @Benchmark
  public long baselineExportOnly(Region region, Heap heap) {
    long chars = 0;
    for (int i = 0; i < region.cpts.size(); i++) {
      chars += FhirMapper.toJson(FhirMapper.toBundle(region.cpts.get(i), BundleType.COLLECTION, region.options.get(i))).length();
    }
    return chars;
  }

  @Benchmark
  public int exportAndValidate(Region region, Validation validation, Heap heap) {
    int errors = exportAndValidate(region, validation.validator);
    if (errors != 0) {
      throw new IllegalStateException(errors + " FR Core validation errors in the region's bundles");
    }
    return errors;
  }
}
