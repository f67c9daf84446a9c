package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.internal.Contexts;
import io.github.cptssdk.fhir.internal.FhirText;
import io.github.cptssdk.fhir.internal.Outcomes;
import io.github.cptssdk.fhir.internal.PackageLoader;
import io.github.cptssdk.fhir.internal.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jspecify.annotations.Nullable;

/**
 * Validates FHIR resources offline against FR Core 2.2.0 (or any NPM packages given), the FHIR R4 base
 * definitions and the adapter's own CodeSystems and extensions. INSEE commune codes, which the national
 * code system does not list, are checked by form and, if a referential is given, by existence.
 *
 * <p>Building one is slow (seconds: package load; the first validation builds snapshots) and it holds
 * about 300-500 MB of heap (see docs/fhir.md): build one and share it. Thread-safe once built.
 * Validator messages are reported with code {@code CPTS-0850}, their FHIRPath location and HAPI's
 * English text (quoted values and long numbers redacted: they may identify a person); narrative advice (dom-6) is dropped.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FhirValidator {

  /** System property naming the package archives or folders to load ({@code ,}-separated). */
  public static final String PACKAGES_PROPERTY = "cpts.fhir.packages";

  private final ca.uhn.fhir.validation.FhirValidator validator;
  private final List<String> packages;

  private FhirValidator(ca.uhn.fhir.validation.FhirValidator validator, List<String> packages) {
    this.validator = validator;
    this.packages = List.copyOf(packages);
  }

  /** @return a builder with no package yet */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A validator of the FR Core packages found at some paths, without the commune existence check.
   *
   * @param paths package archives, or folders holding them
   * @return a validator loaded with the FR Core packages of {@code paths} (archives, or folders whose
   *     {@code hl7.fhir.fr.core-*.tgz} are taken)
   * @throws FhirPackageException if none is found or one cannot be read
   */
  public static FhirValidator of(Path... paths) {
    Builder b = builder();
    for (Path p : paths) {
      b.addPackages(p);
    }
    return b.build();
  }

  /** @return the {@code name#version} of every package loaded */
  public List<String> packages() {
    return packages;
  }

  /**
   * Validates a resource against the loaded profiles.
   *
   * @param resource an R4 resource
   * @return the validator's findings on {@code resource} (a Bundle validates every entry)
   */
  public ValidationReport validate(IBaseResource resource) {
    return Outcomes.fromValidation(validator.validateWithResult(Objects.requireNonNull(resource, "resource")));
  }

  /**
   * Parses, within {@link FhirReadLimits#DEFAULTS}, and validates FHIR text.
   *
   * @param text FHIR JSON or XML
   * @return the parser's and the validator's findings on FHIR JSON or XML text
   * @throws FhirFormatException if the text is not FHIR (CPTS-0802) or exceeds a default limit
   *     (CPTS-0830..0832)
   */
  public ValidationReport validate(String text) {
    return validate(text, FhirReadLimits.DEFAULTS);
  }

  /**
   * Parses, within read limits, and validates FHIR text.
   *
   * @param text FHIR JSON or XML
   * @param limits the read limits, checked before parsing
   * @return the parser's and the validator's findings on FHIR JSON or XML text
   * @throws FhirFormatException if the text is not FHIR (CPTS-0802) or exceeds a limit (CPTS-0830..0832)
   */
  public ValidationReport validate(String text, FhirReadLimits limits) {
    FhirText.Parsed parsed = FhirText.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(limits, "limits"));
    return ValidationReport.of(parsed.issues()).and(validate(parsed.resource()));
  }

  /** Collects packages and the commune check, then builds the validator. Not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final NpmPackageValidationSupport support = new NpmPackageValidationSupport(Contexts.r4());
    private final List<String> loaded = new ArrayList<>();
    private Predicate<CommuneCode> communes = c -> true;

    private Builder() {}

    /**
     * Adds a package archive, or every FR Core archive ({@code hl7.fhir.fr.core-*.tgz}) of a folder.
     *
     * @param path an archive or a folder
     * @return this builder
     * @throws FhirPackageException if nothing is found there or an archive cannot be read
     */
    public Builder addPackages(Path path) {
      Objects.requireNonNull(path, "path");
      for (Path archive : archives(path)) {
        try (InputStream in = Files.newInputStream(archive)) {
          loaded.add(PackageLoader.load(support, Contexts.r4(), in));
        } catch (IOException | RuntimeException e) {
          throw FhirPackageException.unreadable(archive.getFileName().toString(), e);
        }
      }
      return this;
    }

    /**
     * Adds a package archive found on the class path, e.g. {@code classpath:fhir/hl7.fhir.fr.core-2.2.0.tgz}.
     *
     * @param resource the class path location, prefixed {@code classpath:}
     * @return this builder
     * @throws FhirPackageException if it is missing or cannot be read
     */
    public Builder addClasspathPackage(String resource) {
      try {
        support.loadPackageFromClasspath(Objects.requireNonNull(resource, "resource"));
        loaded.add(resource);
      } catch (IOException | RuntimeException e) {
        throw FhirPackageException.unreadable(resource, e);
      }
      return this;
    }

    /**
     * Checks commune codes against a referential (existence), on top of their form.
     *
     * @param referential the known communes, or null to check the form only (the default)
     * @return this builder
     */
    public Builder communes(@Nullable CommuneReferential referential) {
      this.communes = referential == null ? c -> true : c -> referential.commune(c).isPresent();
      return this;
    }

    /**
     * Builds the validator; it is thread-safe, and costly enough to build once and share.
     *
     * @return the validator
     * @throws FhirPackageException if no package was added
     */
    public FhirValidator build() {
      if (loaded.isEmpty()) {
        throw FhirPackageException.notFound("(none given)");
      }
      return new FhirValidator(ValidatorFactory.build(support, communes), loaded);
    }

    private static List<Path> archives(Path path) {
      if (!Files.isDirectory(path)) {
        if (!Files.isRegularFile(path)) {
          throw FhirPackageException.notFound(path.toString());
        }
        return List.of(path);
      }
      try (Stream<Path> s = Files.list(path)) {
        List<Path> list = s.filter(p -> p.getFileName().toString().matches("hl7\\.fhir\\.fr\\.core-.*\\.tgz")).sorted().toList();
        if (list.isEmpty()) {
          throw FhirPackageException.notFound(path.toString());
        }
        return list;
      } catch (IOException e) {
        throw FhirPackageException.unreadable(path.toString(), e);
      }
    }
  }
}
