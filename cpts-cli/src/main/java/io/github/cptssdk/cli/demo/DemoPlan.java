package io.github.cptssdk.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cptssdk.cli.CliException;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.json.contract.ContractJson;
import io.github.cptssdk.json.contract.ContractJsonException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the demo runs: the manifest {@code demo.json} of a data folder (format {@code cpts-demo/1}).
 *
 * @param referenceDate the date eligibility and funding refer to; the contract year is the one containing it
 * @param indicatorYear the year of the synthetic patient data the indicators are computed on
 * @param seed the seed of the synthetic population (same seed, same people)
 * @param entries one per CPTS
 */
record DemoPlan(LocalDate referenceDate, int indicatorYear, long seed, List<Entry> entries) {

  static final String FORMAT = "cpts-demo/1";

  DemoPlan {
    Objects.requireNonNull(referenceDate, "referenceDate");
    entries = List.copyOf(entries);
  }

  /**
   * One CPTS of the demo.
   *
   * @param document its CPTS document ({@code cpts-document/1})
   * @param contract its ACI contract ({@code cpts-aci-contract/1})
   * @param results declared results of the contract year ({@code cpts-aci-results/1}), e.g. proven actions
   * @param measured contract lines whose value is computed from the patient data instead of declared
   */
  record Entry(String document, String contract, String results, Map<String, Measured> measured) {
    Entry {
      measured = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measured));
    }
  }

  /** A contract line measured by a catalogue indicator, as a count (numerator) or a percentage. */
  record Measured(Indicator indicator, boolean percent) {

    /** @return the value of the line from the indicator's numerator and denominator */
    BigDecimal value(long numerator, long denominator) {
      if (!percent) {
        return BigDecimal.valueOf(numerator);
      }
      return denominator == 0 ? BigDecimal.ZERO
          : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, java.math.RoundingMode.HALF_EVEN);
    }
  }

  /** @throws CliException (bad data) naming {@code source} if the manifest is not a valid {@code cpts-demo/1} */
  static DemoPlan parse(byte[] json, String source) {
    try {
      JsonNode root = ContractJson.readTree(json);
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw CliException.data(source + ": not a demo manifest (expected \"format\": \"" + FORMAT + "\")");
      }
      List<Entry> entries = new ArrayList<>();
      for (JsonNode e : root.path("cpts")) {
        entries.add(new Entry(text(e, "document", source), text(e, "contract", source), text(e, "results", source),
            measured(e.path("measured"), source)));
      }
      if (entries.isEmpty()) {
        throw CliException.data(source + ": \"cpts\" lists no CPTS");
      }
      return new DemoPlan(LocalDate.parse(text(root, "referenceDate", source)), root.path("indicatorYear").asInt(),
          root.path("seed").asLong(), entries);
    } catch (ContractJsonException e) {
      throw CliException.coded(CliException.DATA, e.code(),
          source + ": not a valid JSON document (" + CliException.detail(e) + ")");
    } catch (DateTimeParseException e) {
      throw CliException.data(source + ": \"referenceDate\" is not a date YYYY-MM-DD");
    }
  }

  private static Map<String, Measured> measured(JsonNode node, String source) {
    Map<String, Measured> out = new LinkedHashMap<>();
    for (var it = node.fields(); it.hasNext(); ) {
      var f = it.next();
      String[] parts = f.getValue().asText().split(":");
      try {
        out.put(f.getKey(), new Measured(Indicator.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)),
            parts.length > 1 && "percent".equals(parts[1].strip())));
      } catch (IllegalArgumentException e) {
        throw CliException.data(source + ": \"measured\"." + f.getKey() + " names no indicator of the catalogue");
      }
    }
    return out;
  }

  private static String text(JsonNode node, String field, String source) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw CliException.data(source + ": missing text field \"" + field + "\"");
    }
    return v.asText();
  }
}
