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
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.json.JsonReadLimits;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes the JSON reports of cpts-sdk, each pretty-printed and described by a JSON Schema
 * (docs/reports-json.md, docs/reports.schema.json): a list of validation issues, an eligibility report, a
 * territory profile and an indicator report. Every issue is {@code {severity, code, path, en, fr}}: one key, {@code path}, for where
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
    return write(issueTree(Objects.requireNonNull(report, "report")));
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
    root.set("issues", issueTree(report));
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

  /**
   * The indicator report: masked cells are written as nulls unless {@code unmasked}; the raw values then replace
   * them, and every cell still says how it would be suppressed.
   *
   * @param report the indicator report
   * @param areas the areas to write, of {@code report}, in the order to write
   * @param unmasked true to write the raw values, small counts included (authorised users only)
   * @param patients what the patient file read gave
   * @param events what the event file read gave, or null if none was read
   * @return {@code year, threshold, unmasked, patients, events?, areas}; each area {@code level, code, name,
   *     indicators}, each indicator as {@link #indicatorTree}
   * @throws IllegalArgumentException if an area is not one of {@code report}
   */
  public static String indicators(IndicatorReport report, List<Area> areas, boolean unmasked, ReadSummary patients,
      @Nullable ReadSummary events) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("year", report.year());
    root.put("threshold", report.policy().threshold());
    root.put("unmasked", unmasked);
    root.set("patients", readSummary(patients));
    if (events != null) {
      root.set("events", readSummary(events));
    }
    ArrayNode list = root.putArray("areas");
    for (Area area : areas) {
      ObjectNode a = list.addObject();
      a.put("level", area.level().name().toLowerCase(Locale.ROOT));
      a.put("code", area.code());
      a.put("name", area.name());
      a.set("indicators", indicatorTree(report.published(area), report.unmasked(area), unmasked));
    }
    return write(root);
  }

  /**
   * The indicator values of one area, to embed in another document.
   *
   * @param published the published cells of the area ({@link IndicatorReport#published(Area)})
   * @param raw the raw results of the same area, in the same order ({@link IndicatorReport#unmasked(Area)}): only
   *     their period and definition version are written unless {@code unmasked}
   * @param unmasked true to write the raw values, small counts included (authorised users only)
   * @return an array of {@code {id, mission, kind, numerator, denominator, rate, suppression, period,
   *     definitionVersion}}; {@code numerator}, {@code denominator} and {@code rate} are null when masked or absent,
   *     {@code suppression} is {@code none}, {@code primary} or {@code secondary}
   * @throws IllegalArgumentException if the two lists are not of the same indicators in the same order
   */
  public static ArrayNode indicatorTree(List<PublishedValue> published, List<IndicatorResult> raw, boolean unmasked) {
    if (published.size() != raw.size()) {
      throw new IllegalArgumentException("published and raw values of different areas");
    }
    ArrayNode array = MAPPER.createArrayNode();
    for (int i = 0; i < published.size(); i++) {
      PublishedValue p = published.get(i);
      IndicatorResult r = raw.get(i);
      if (p.indicator() != r.indicator()) {
        throw new IllegalArgumentException("published and raw values of different indicators");
      }
      PublishedValue v = unmasked ? PublishedValue.of(r) : p;
      ObjectNode n = array.addObject();
      n.put("id", v.indicator().name());
      n.put("mission", v.indicator().mission().name());
      n.put("kind", v.indicator().kind().name());
      n.put("numerator", v.numerator().isPresent() ? v.numerator().getAsLong() : null);
      n.put("denominator", v.denominator().isPresent() ? v.denominator().getAsLong() : null);
      n.put("rate", v.rate().orElse(null));
      n.put("suppression", p.suppression().name().toLowerCase(Locale.ROOT));
      n.put("period", r.period().toString());
      n.put("definitionVersion", r.definitionVersion());
    }
    return array;
  }

  private static ObjectNode readSummary(ReadSummary s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("rows", s.rows());
    n.put("accepted", s.accepted());
    ObjectNode rejected = n.putObject("rejected");
    s.rejectedByCode().forEach(rejected::put);
    return n;
  }

  /**
   * The issue list of every report format ({@link #issues}, {@link #eligibility}), as a tree for documents that
   * embed it (the demo summary's eligibility findings).
   *
   * @param report a validation report
   * @return its issues as an array of {@code {severity, code, path, en, fr}}, in report order
   */
  public static ArrayNode issueTree(ValidationReport report) {
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
