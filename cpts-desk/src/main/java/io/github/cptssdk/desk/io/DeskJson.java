package io.github.cptssdk.desk.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.desk.AgeBand;
import io.github.cptssdk.desk.DeskException;
import io.github.cptssdk.desk.DeskRequest;
import io.github.cptssdk.desk.Fragility;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.Origin;
import io.github.cptssdk.desk.RequestId;
import io.github.cptssdk.desk.Step;
import io.github.cptssdk.desk.StepRecord;
import io.github.cptssdk.desk.io.internal.DeskInput;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.contract.ContractJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The JSON documents of the desk (docs/desk.md): the history (format {@code cpts-desk-history/1}, JSON Schema
 * {@code io/github/cptssdk/desk/io/desk-history.schema.json}), every request with its dated steps, and the GP
 * capacity (format {@code cpts-desk-capacity/1}, {@code desk-capacity.schema.json}). Parsed by cpts-json within
 * its read limits; every accepted request is a valid {@link DeskRequest}, every accepted capacity a valid
 * {@link GpCapacity}. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DeskJson {

  /** The format of the history document. */
  public static final String FORMAT = "cpts-desk-history/1";

  /** The format of the capacity document. */
  public static final String CAPACITY_FORMAT = "cpts-desk-capacity/1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DeskJson() {}

  /**
   * @param requests the requests
   * @return the history document, pretty-printed; {@link #readHistory} reads it back
   */
  public static String writeHistory(List<DeskRequest> requests) {
    ObjectNode doc = NODES.objectNode().put("format", FORMAT);
    ArrayNode list = doc.putArray("requests");
    requests.forEach(r -> list.add(request(r)));
    return write(doc);
  }

  /**
   * @param capacities the capacities
   * @return the capacity document, pretty-printed; {@link #readCapacity} reads it back
   */
  public static String writeCapacity(List<GpCapacity> capacities) {
    ObjectNode doc = NODES.objectNode().put("format", CAPACITY_FORMAT);
    ArrayNode list = doc.putArray("capacities");
    for (GpCapacity c : capacities) {
      ObjectNode n = list.addObject().put("rpps", c.gp().value()).put("site", c.site())
          .put("commune", c.commune().value()).put("newPatients", c.newPatients());
      ArrayNode bands = n.putArray("ageBands");
      c.ageBands().forEach(b -> bands.add(b.name()));
      n.put("homeVisits", c.homeVisits());
      if (!c.validity().isUnboundedStart()) {
        n.put("validFrom", c.validity().start().toString());
      }
      if (!c.validity().isUnboundedEnd()) {
        n.put("validUntil", c.validity().end().toString());
      }
    }
    return write(doc);
  }

  private static String write(ObjectNode doc) {
    try {
      return CptsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new DeskException("CPTS-1351", e.getClass().getSimpleName());
    }
  }

  private static ObjectNode request(DeskRequest r) {
    ObjectNode n = NODES.objectNode().put("requestId", r.id().value()).put("commune", r.commune().value())
        .put("birthYear", r.birthYear());
    ArrayNode flags = n.putArray("flags");
    r.flags().forEach(f -> flags.add(f.name()));
    n.put("origin", r.origin().name()).put("homeVisit", r.homeVisit());
    ArrayNode steps = n.putArray("steps");
    for (StepRecord s : r.steps()) {
      ObjectNode o = steps.addObject().put("step", s.step().name()).put("on", s.on().toString());
      if (s.gp() != null) {
        o.put("rpps", s.gp().value());
      }
    }
    return n;
  }

  /**
   * @param json the UTF-8 bytes of a history document
   * @param referential the known communes
   * @return the requests, in document order
   * @throws DeskFormatException CPTS-1343 (not JSON, or a read limit), CPTS-1341 (format), CPTS-1340 (a field
   *     missing or of the wrong type), CPTS-1342 (a value not valid), CPTS-1344 (a request given twice), each
   *     with its JSON path
   */
  public static List<DeskRequest> readHistory(byte[] json, CommuneReferential referential) {
    JsonNode list = list(json, FORMAT, "requests");
    List<DeskRequest> out = new ArrayList<>();
    Set<RequestId> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "$.requests[" + i + "]";
      DeskRequest r = request(list.get(i), path, referential);
      if (!seen.add(r.id())) {
        throw DeskFormatException.path("CPTS-1344", path + ".requestId");
      }
      out.add(r);
    }
    return out;
  }

  /**
   * @param in a history document (not closed)
   * @param referential the known communes
   * @return the requests
   * @throws DeskFormatException as {@link #readHistory(byte[], CommuneReferential)}
   * @throws DeskException CPTS-1361 if the stream fails while it is read
   */
  public static List<DeskRequest> readHistory(InputStream in, CommuneReferential referential) {
    return DeskInput.stream(in, s -> readHistory(s.readAllBytes(), referential));
  }

  /**
   * @param json the UTF-8 bytes of a capacity document
   * @param referential the known communes
   * @return the capacities, in document order
   * @throws DeskFormatException CPTS-1343 (not JSON, or a read limit), CPTS-1341 (format), CPTS-1340 (a field
   *     missing or of the wrong type), CPTS-1342 (a value not valid), CPTS-1345 (a GP and site given twice), each
   *     with its JSON path
   */
  public static List<GpCapacity> readCapacity(byte[] json, CommuneReferential referential) {
    JsonNode list = list(json, CAPACITY_FORMAT, "capacities");
    List<GpCapacity> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "$.capacities[" + i + "]";
      GpCapacity c = capacity(list.get(i), path, referential);
      if (!seen.add(c.gp().value() + "/" + c.site())) {
        throw DeskFormatException.path("CPTS-1345", path + ".site");
      }
      out.add(c);
    }
    return out;
  }

  /**
   * @param in a capacity document (not closed)
   * @param referential the known communes
   * @return the capacities
   * @throws DeskFormatException as {@link #readCapacity(byte[], CommuneReferential)}
   * @throws DeskException CPTS-1361 if the stream fails while it is read
   */
  public static List<GpCapacity> readCapacity(InputStream in, CommuneReferential referential) {
    return DeskInput.stream(in, s -> readCapacity(s.readAllBytes(), referential));
  }

  private static JsonNode list(byte[] json, String format, String field) {
    JsonNode doc;
    try {
      doc = ContractJson.readTree(Objects.requireNonNull(json, "json"));
    } catch (CptsException e) {
      throw DeskFormatException.path("CPTS-1343", "$", e.code());
    }
    if (!doc.isObject() || !format.equals(doc.path("format").asText(null))) {
      throw DeskFormatException.path("CPTS-1341", "$.format", format);
    }
    JsonNode list = doc.path(field);
    if (!list.isArray()) {
      throw DeskFormatException.path("CPTS-1340", "$." + field, "an array");
    }
    return list;
  }

  private static GpCapacity capacity(JsonNode n, String path, CommuneReferential referential) {
    if (!n.isObject()) {
      throw DeskFormatException.path("CPTS-1340", path, "an object");
    }
    RppsNumber gp = value(path + ".rpps", () -> RppsNumber.parse(text(n, "rpps", path)));
    String site = text(n, "site", path);
    CommuneCode commune = commune(n, path, referential);
    JsonNode places = n.path("newPatients");
    if (!places.isInt()) {
      throw DeskFormatException.path("CPTS-1340", path + ".newPatients", "an integer");
    }
    Set<AgeBand> bands = EnumSet.noneOf(AgeBand.class);
    JsonNode list = array(n, "ageBands", path);
    for (int i = 0; i < list.size(); i++) {
      JsonNode b = list.get(i);
      bands.add(value(path + ".ageBands[" + i + "]", () -> AgeBand.valueOf(b.asText())));
    }
    JsonNode home = n.path("homeVisits");
    if (!home.isBoolean()) {
      throw DeskFormatException.path("CPTS-1340", path + ".homeVisits", "a boolean");
    }
    LocalDate from = n.has("validFrom") ? value(path + ".validFrom", () -> LocalDate.parse(text(n, "validFrom", path)))
        : LocalDate.MIN;
    LocalDate until = n.has("validUntil")
        ? value(path + ".validUntil", () -> LocalDate.parse(text(n, "validUntil", path))) : LocalDate.MAX;
    DateRange validity = value(path + ".validUntil", () -> DateRange.of(from, until));
    return value(path, () -> new GpCapacity(gp, site, commune, places.intValue(), bands, home.booleanValue(), validity));
  }

  private static CommuneCode commune(JsonNode n, String path, CommuneReferential referential) {
    CommuneCode commune = value(path + ".commune", () -> CommuneCode.parse(text(n, "commune", path)));
    if (referential.commune(commune).isEmpty()) {
      throw DeskFormatException.path("CPTS-1342", path + ".commune", "unknown commune");
    }
    return commune;
  }

  private static DeskRequest request(JsonNode n, String path, CommuneReferential referential) {
    if (!n.isObject()) {
      throw DeskFormatException.path("CPTS-1340", path, "an object");
    }
    RequestId id = value(path + ".requestId", () -> RequestId.parse(text(n, "requestId", path)));
    CommuneCode commune = commune(n, path, referential);
    JsonNode year = n.path("birthYear");
    if (!year.isInt()) {
      throw DeskFormatException.path("CPTS-1340", path + ".birthYear", "an integer");
    }
    Set<Fragility> flags = EnumSet.noneOf(Fragility.class);
    JsonNode fl = array(n, "flags", path);
    for (int i = 0; i < fl.size(); i++) {
      JsonNode f = fl.get(i);
      flags.add(value(path + ".flags[" + i + "]", () -> Fragility.valueOf(f.asText())));
    }
    Origin origin = value(path + ".origin", () -> Origin.valueOf(text(n, "origin", path)));
    JsonNode home = n.path("homeVisit");
    if (!home.isBoolean()) {
      throw DeskFormatException.path("CPTS-1340", path + ".homeVisit", "a boolean");
    }
    List<StepRecord> steps = steps(array(n, "steps", path), path + ".steps");
    return value(path, () -> new DeskRequest(id, commune, year.intValue(), flags, origin, home.booleanValue(), steps));
  }

  private static List<StepRecord> steps(JsonNode list, String path) {
    if (list.size() > DeskRequest.MAX_STEPS) {
      throw DeskFormatException.path("CPTS-1342", path, "CPTS-1313");
    }
    List<StepRecord> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode s = list.get(i);
      Step step = value(p + ".step", () -> Step.valueOf(text(s, "step", p)));
      LocalDate on = value(p + ".on", () -> LocalDate.parse(text(s, "on", p)));
      RppsNumber gp = s.has("rpps") ? value(p + ".rpps", () -> RppsNumber.parse(text(s, "rpps", p))) : null;
      out.add(value(p, () -> new StepRecord(step, on, gp)));
    }
    return out;
  }

  private static JsonNode array(JsonNode n, String field, String path) {
    JsonNode a = n.path(field);
    if (!a.isArray()) {
      throw DeskFormatException.path("CPTS-1340", path + "." + field, "an array");
    }
    return a;
  }

  private static String text(JsonNode n, String field, String path) {
    JsonNode v = n.path(field);
    if (!v.isTextual()) {
      throw DeskFormatException.path("CPTS-1340", path + "." + field, "a string");
    }
    return v.textValue();
  }

  /** Runs a factory, turning any refusal into CPTS-1342 at {@code path} (with the inner code when coded). */
  private static <T> T value(String path, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (DeskFormatException e) {
      throw e;
    } catch (CptsException e) {
      throw DeskFormatException.path("CPTS-1342", path, e.code());
    } catch (RuntimeException e) {
      throw DeskFormatException.path("CPTS-1342", path, e.getClass().getSimpleName());
    }
  }

  /**
   * @return the JSON Schema (draft 2020-12) of the history document, as text
   * @throws IllegalStateException if the resource is missing from the jar (a packaging defect)
   */
  public static String schema() {
    return resource("desk-history.schema.json");
  }

  /**
   * @return the JSON Schema (draft 2020-12) of the capacity document, as text
   * @throws IllegalStateException if the resource is missing from the jar (a packaging defect)
   */
  public static String capacitySchema() {
    return resource("desk-capacity.schema.json");
  }

  private static String resource(String name) {
    try (InputStream in = DeskJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from cpts-desk");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
