package io.github.cptssdk.json.contract;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.Simulation;
import io.github.cptssdk.core.aci.SuppliedTable;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.json.JsonReadLimits;
import io.github.cptssdk.json.report.ReportJson;
import io.github.cptssdk.json.internal.ErrorMapper;
import io.github.cptssdk.json.internal.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Reads and writes the ACI contract document ({@code cpts-aci-contract/1}) and the results document of a
 * contract year ({@code cpts-aci-results/1}), and gives the JSON form of funding results and simulations.
 * Format: docs/aci-rules.md. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContractJson {

  // The read limits of CPTS documents (StreamReadConstraints): a contract is smaller and as shallow.
  private static final JsonFactory DEFAULT_FACTORY = factory(JsonReadLimits.DEFAULTS);

  // Reads the trees of the parsers opened by tree(Source, ...) and writes the documents.
  private static final ObjectMapper MAPPER = new ObjectMapper(factory(JsonReadLimits.DEFAULTS))
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private ContractJson() {}

  /**
   * A document this class reads: {@link #CONTRACT} or {@link #RESULTS}.
   *
   * @param <T> what the document holds
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Document<T> {
    private final Function<Fields, T> reader;

    private Document(Function<Fields, T> reader) {
      this.reader = reader;
    }
  }

  /** An ACI contract ({@code cpts-aci-contract/1}). */
  public static final Document<AciContract> CONTRACT = new Document<>(ContractReader::contract);
  /** The results of a contract year ({@code cpts-aci-results/1}). */
  public static final Document<YearResults> RESULTS = new Document<>(ContractReader::results);

  /**
   * The one path of every read: the text within {@code limits}, then the document.
   *
   * @param <T> what the document holds
   * @param kind {@link #CONTRACT} or {@link #RESULTS}
   * @param json the document text
   * @param limits the read limits
   * @return what the document holds
   * @throws ContractJsonException CPTS-0650..0654 with the JSON path of the problem, CPTS-0302..0306 for a limit
   */
  public static <T> T read(Document<T> kind, String json, JsonReadLimits limits) {
    return read(kind.reader, tree(json, limits));
  }

  /**
   * @param <T> what the document holds
   * @param kind {@link #CONTRACT} or {@link #RESULTS}
   * @param path a UTF-8 JSON file, read within {@link JsonReadLimits#DEFAULTS}
   * @return what the document holds
   * @throws ContractJsonException as {@link #read(Document, String, JsonReadLimits)}, CPTS-0650 for text that is
   *     not UTF-8, CPTS-0325 for a file that cannot be read
   */
  public static <T> T read(Document<T> kind, Path path) {
    return read(kind.reader, tree(read(path), JsonReadLimits.DEFAULTS));
  }

  /**
   * @param json the text
   * @return the contract, as {@link #read(Document, String, JsonReadLimits)} within the defaults
   */
  public static AciContract readContract(String json) {
    return read(CONTRACT, json, JsonReadLimits.DEFAULTS);
  }

  /**
   * @param path the file
   * @return the contract, as {@link #read(Document, Path)}
   */
  public static AciContract readContract(Path path) {
    return read(CONTRACT, path);
  }

  /**
   * @param json the text
   * @return the results, as {@link #read(Document, String, JsonReadLimits)} within the defaults
   */
  public static YearResults readResults(String json) {
    return read(RESULTS, json, JsonReadLimits.DEFAULTS);
  }

  /**
   * @param path the file
   * @return the results, as {@link #read(Document, Path)}
   */
  public static YearResults readResults(Path path) {
    return read(RESULTS, path);
  }

  /**
   * @param path a UTF-8 JSON supplied table ({@code cpts-aci-table/1}, docs/aci-rules.md)
   * @return the table as read; its rows are checked when applied with {@code AciRules.withTable}
   * @throws ContractJsonException CPTS-0650 for text that is not JSON, CPTS-03xx over the read limits
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static SuppliedTable readTable(Path path) {
    byte[] bytes = read(path);
    return TableReader.table(tree(bytes, JsonReadLimits.DEFAULTS), bytes, DEFAULT_FACTORY,
        path.getFileName().toString());
  }

  /**
   * Reads any small JSON document that travels with contracts (e.g. the demo manifest of the command line) as a
   * tree, within {@link JsonReadLimits#DEFAULTS}: other modules parse JSON only through cpts-json (issue 7).
   *
   * @param json the UTF-8 bytes of the document
   * @throws ContractJsonException CPTS-0650 (not JSON, with line and column) or CPTS-0302..0306 (a limit)
   * @return the tree
   */
  public static JsonNode readTree(byte[] json) {
    return tree(Objects.requireNonNull(json, "json"), JsonReadLimits.DEFAULTS);
  }

  /**
   * @param contract the contract
   * @return the JSON document of {@code contract}, pretty-printed; {@link #readContract(String)} reads it back
   */
  public static String writeContract(AciContract contract) {
    return write(ContractWriter.contract(Objects.requireNonNull(contract, "contract")));
  }

  /**
   * @param years the funding of one or more contract years
   * @return the JSON form: lines with provenance, dated payments, known total, unknown lines; an object for one year, an array otherwise
   */
  public static String writeFunding(List<ContractYearFunding> years) {
    var array = MAPPER.createArrayNode();
    years.forEach(y -> array.add(FundingWriter.year(y)));
    return write(years.size() == 1 ? array.get(0) : array);
  }

  /**
   * The funding of a contract tied to its CPTS document: as {@link #writeFunding(List)}, each year with a
   * {@code territory} object {@code {cpts, population, vintage, findings}} (findings as in the eligibility
   * report: {@code {severity, code, path, en, fr}}, e.g. CPTS-1490/1491 when the contract disagrees).
   *
   * @param years the funding of one or more contract years, computed on the territory
   * @param cpts the CPTS document's id
   * @param territory the document's territory on the referential
   * @param vintage where its population comes from
   * @param findings the findings of {@code AciRules.checkDocument}
   * @return the JSON form
   */
  public static String writeFunding(List<ContractYearFunding> years, CptsId cpts, TerritoryProfile territory,
      String vintage, ValidationReport findings) {
    ObjectNode tie = MAPPER.createObjectNode().put("cpts", Objects.requireNonNull(cpts, "cpts").value())
        .put("population", Objects.requireNonNull(territory, "territory").population())
        .put("vintage", Objects.requireNonNull(vintage, "vintage"));
    tie.set("findings", ReportJson.issueTree(Objects.requireNonNull(findings, "findings")));
    var array = MAPPER.createArrayNode();
    years.forEach(y -> array.add(FundingWriter.year(y).set("territory", tie.deepCopy())));
    return write(years.size() == 1 ? array.get(0) : array);
  }

  /**
   * @param year the funding of one contract year
   * @return the JSON tree {@link #writeFunding} writes for one year, to embed in another document
   */
  public static ObjectNode fundingTree(ContractYearFunding year) {
    return FundingWriter.year(Objects.requireNonNull(year, "year"));
  }

  /**
   * @param simulation a simulation
   * @return the JSON form of the simulation
   */
  public static String writeSimulation(Simulation simulation) {
    return write(FundingWriter.simulation(Objects.requireNonNull(simulation, "simulation")));
  }

  /** The one read of every document: its tree, read as a document of one kind from the root {@code $}. */
  private static <T> T read(Function<Fields, T> reader, JsonNode tree) {
    return reader.apply(new Fields(tree, "$"));
  }

  private static JsonNode tree(String json, JsonReadLimits limits) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(limits, "limits");
    return tree(p -> p.createParser(json), json.length(), limits);
  }

  private static JsonNode tree(byte[] json, JsonReadLimits limits) {
    return tree(p -> p.createParser(json), json.length, limits);
  }

  /** Opens a parser on the document. */
  @FunctionalInterface
  private interface Source {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  private static JsonNode tree(Source source, int length, JsonReadLimits limits) {
    if (length > limits.maxDocumentLength()) {
      throw Fields.limit(Limits.problem("document length", "$", limits));
    }
    JsonFactory factory = limits.equals(JsonReadLimits.DEFAULTS) ? DEFAULT_FACTORY : factory(limits);
    try (JsonParser parser = source.open(factory)) {
      return readTree(parser);
    } catch (JsonProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof StreamConstraintsException c) {
          throw Fields.limit(Limits.problem(c.getOriginalMessage(), ErrorMapper.pathOf(c.getProcessor() instanceof JsonParser p ? p : null), limits));
        }
      }
      JsonLocation at = e.getLocation();
      throw Fields.error("CPTS-0650", "$", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    } catch (IOException e) {
      // In memory, the only I/O failure is decoding: a UTF-32 byte-order mark, bytes that are not UTF-8.
      throw Fields.error("CPTS-0650", "$", 1, 1);
    }
  }

  private static JsonNode readTree(JsonParser parser) throws IOException {
    try {
      JsonNode node = MAPPER.readTree(parser);
      if (node == null || node.isMissingNode()) {
        throw Fields.error("CPTS-0650", "$", 1, 1);
      }
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw Fields.error("CPTS-0650", "$", at.getLineNr(), at.getColumnNr());
      }
      return node;
    } catch (NumberFormatException e) {
      // A number whose exponent does not fit a BigDecimal (1e9999999999): Jackson does not wrap it.
      JsonLocation at = parser.currentLocation();
      throw Fields.error("CPTS-0650", "$", at.getLineNr(), at.getColumnNr());
    }
  }

  private static JsonFactory factory(JsonReadLimits limits) {
    return JsonFactory.builder().streamReadConstraints(limits.constraints()).build();
  }

  private static byte[] read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(JsonReadLimits.DEFAULTS.maxDocumentLength() + 1);
    } catch (IOException e) {
      throw Fields.error("CPTS-0325", "$", e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName());
    }
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
