package io.github.cptssdk.json.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.json.JsonReadLimits;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes the JSON reports of cpts-sdk, each pretty-printed and described by a JSON Schema
 * (docs/reports-json.md, docs/reports.schema.json): a list of validation issues, an eligibility report and a
 * territory profile. Every issue is {@code {severity, code, path, en, fr}}: one key, {@code path}, for where
 * the issue is. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ReportJson {

  // Writes only; it carries the read limits of every cpts-json mapper all the same.
  private static final ObjectMapper MAPPER = new ObjectMapper(
      JsonFactory.builder().streamReadConstraints(JsonReadLimits.DEFAULTS.constraints()).build())
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /**
   * @param report a validation report
   * @return its issues as a JSON array of {@code {severity, code, path, en, fr}}, in report order
   */
  public static String issues(ValidationReport report) {
    return write(issueArray(Objects.requireNonNull(report, "report")));
  }

  /**
   * @param cpts the id of the CPTS
   * @param date the date the eligibility was checked at
   * @param version the id of the ACI version in force at {@code date}, or null if none is
   * @param report the findings
   * @return the eligibility report: {@code cpts, date, version, eligible, errors, warnings, issues}
   */
  public static String eligibility(String cpts, LocalDate date, @Nullable String version, ValidationReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("cpts", Objects.requireNonNull(cpts, "cpts"));
    root.put("date", date.toString());
    root.put("version", version);
    root.put("eligible", report.isValid());
    root.put("errors", report.errors().size());
    root.put("warnings", report.warnings().size());
    root.set("issues", issueArray(report));
    return write(root);
  }

  /**
   * @param profile the profile of a territory
   * @param epci the EPCI the territory is, or null
   * @param sizeBands the ACI size band of the population under each version id, in the order to write
   * @param source the referential the profile was computed on
   * @return the territory profile: {@code epci?, population, communeCount, departments, regions, sizeBand,
   *     unknownCodes, source}
   */
  public static String territory(TerritoryProfile profile, @Nullable Epci epci, Map<String, SizeBand> sizeBands,
      String source) {
    ObjectNode root = MAPPER.createObjectNode();
    if (epci != null) {
      root.putObject("epci").put("code", epci.code().value()).put("name", epci.name()).put("type", epci.type());
    }
    root.put("population", profile.population());
    root.put("communeCount", profile.communeCount());
    strings(root.putArray("departments"), profile.departments());
    strings(root.putArray("regions"), profile.regions());
    ObjectNode bands = root.putObject("sizeBand");
    sizeBands.forEach((version, band) -> bands.put(version, band.name()));
    strings(root.putArray("unknownCodes"), profile.unknownCodes());
    root.put("source", Objects.requireNonNull(source, "source"));
    return write(root);
  }

  private static ArrayNode issueArray(ValidationReport report) {
    ArrayNode array = MAPPER.createArrayNode();
    for (ValidationIssue i : report.issues()) {
      array.addObject().put("severity", i.severity().name()).put("code", i.code()).put("path", i.path())
          .put("en", i.message().en()).put("fr", i.message().fr());
    }
    return array;
  }

  private static void strings(ArrayNode array, Collection<?> values) {
    values.forEach(v -> array.add(v.toString()));
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
