package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.fhir.internal.FhirMessages;
import org.apiguardian.api.API;

/**
 * A FHIR package needed by the validator is missing ({@code CPTS-0806}) or cannot be read
 * ({@code CPTS-0803}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FhirPackageException extends CptsException {

  private static final long serialVersionUID = 1L;

  FhirPackageException(String code, Throwable cause, Object... args) {
    super(code, FhirMessages.english(code, args), cause);
  }

  static FhirPackageException unreadable(String packageName, Throwable cause) {
    return new FhirPackageException("CPTS-0803", cause, packageName, cause.getClass().getSimpleName());
  }

  static FhirPackageException notFound(String where) {
    return new FhirPackageException("CPTS-0806", null, where);
  }
}
