package io.github.cptssdk.json.contract;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.cptssdk.json.internal.Limits;
import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.Simulation;
import io.github.cptssdk.core.aci.YearResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads and writes the ACI contract document ({@code cpts-aci-contract/1}) and the results document of a
 * contract year ({@code cpts-aci-results/1}), and gives the JSON form of funding results and simulations.
 * Format: docs/aci-rules.md. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContractJson {

  // The read limits of CPTS documents (StreamReadConstraints): a contract is smaller and as shallow.
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().streamReadConstraints(Limits.constraints()).build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private ContractJson() {}

  /**
   * @return the contract of the JSON document {@code json}
   * @throws ContractJsonException CPTS-0650..0654 with the JSON path of the problem
   */
  public static AciContract readContract(String json) {
    return ContractReader.contract(new Fields(tree(json), "$"));
  }

  /**
   * @return the contract of the JSON document at {@code path}
   * @throws ContractJsonException for a bad document
   * @throws UncheckedIOException if the file cannot be read
   */
  public static AciContract readContract(Path path) {
    return readContract(read(path));
  }

  /**
   * @return the results of a contract year
   * @throws ContractJsonException CPTS-0650..0654 with the JSON path of the problem
   */
  public static YearResults readResults(String json) {
    return ContractReader.results(new Fields(tree(json), "$"));
  }

  /** @return the results of the JSON document at {@code path} */
  public static YearResults readResults(Path path) {
    return readResults(read(path));
  }

  /** @return the JSON document of {@code contract}, pretty-printed */
  public static String writeContract(AciContract contract) {
    return write(ContractWriter.contract(Objects.requireNonNull(contract, "contract")));
  }

  /** @return the JSON form of a contract year: lines with provenance, dated payments, known total, unknown lines */
  public static String writeFunding(List<ContractYearFunding> years) {
    var array = MAPPER.createArrayNode();
    years.forEach(y -> array.add(FundingWriter.year(y)));
    return write(years.size() == 1 ? array.get(0) : array);
  }

  /** @return the JSON form of a simulation */
  public static String writeSimulation(Simulation simulation) {
    return write(FundingWriter.simulation(Objects.requireNonNull(simulation, "simulation")));
  }

  private static JsonNode tree(String json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw Fields.error("CPTS-0650", "$", 1, 1);
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw Fields.error("CPTS-0650", "$", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
