package io.github.cptssdk.benchmarks.fhir;

import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirValidator;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up cost of validation in a fresh JVM (single shot, one fork per sample): building the
 * validator (package load) and validating a first bundle (snapshot generation), against the baseline
 * of HAPI alone encoding and parsing that bundle for the first time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
public class FhirStartupBenchmark {

  @Benchmark
  public Object baselineFirstHapiEncodeAndParse() {
    Bundle bundle = FhirMapper.toBundle(FhirBenchmark.sample(), BundleType.COLLECTION);
    return FhirMapper.parse(FhirMapper.toJson(bundle));
  }

  @Benchmark
  public FhirValidator buildValidator() {
    return FhirValidator.of(FhirBenchmark.packages());
  }

  @Benchmark
  public ValidationReport buildValidatorAndValidateFirstBundle() {
    FhirValidator validator = FhirValidator.of(FhirBenchmark.packages());
    return validator.validate(FhirMapper.toBundle(FhirBenchmark.sample(), BundleType.COLLECTION));
  }
}
