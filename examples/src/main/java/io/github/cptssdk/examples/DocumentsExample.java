package io.github.cptssdk.examples;

import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.fhir.FhirImport;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.json.CptsJson;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;

/** A CPTS document in JSON and as a FHIR R4 bundle on FR Core, both ways. */
public final class DocumentsExample {

  private DocumentsExample() {}

  /** @return the Sète example read from JSON, written back */
  public static String json(Path data) {
    // tag::json[]
    Cpts cpts = CptsJson.read(data.resolve("cpts-sete.json")); // validated: a typed error names the JSON path
    String json = CptsJson.write(cpts);                         // CptsJson.readString(json) equals cpts
    // end::json[]
    return json;
  }

  /** @return the Sète example through FHIR and back */
  public static FhirImport fhir(Path data) {
    Cpts cpts = CptsJson.read(data.resolve("cpts-sete.json"));
    // tag::fhir[]
    Bundle bundle = FhirMapper.toBundle(cpts, BundleType.COLLECTION); // Organization, Practitioner(Role), ...
    String json = FhirMapper.toJson(bundle);

    FhirImport back = FhirMapper.fromText(json);  // JSON or XML
    back.cpts();                                  // equals cpts
    // end::fhir[]
    return back;
  }
}
