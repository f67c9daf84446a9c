package io.github.cptssdk.json.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.internal.Messages;
import io.github.cptssdk.core.sas.AppointmentType;
import io.github.cptssdk.core.sas.ConsultationType;
import io.github.cptssdk.core.sas.PracticeSite;
import io.github.cptssdk.core.sas.SasException;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasProfessionalId;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSlot;
import io.github.cptssdk.core.sas.SlotStatus;
import io.github.cptssdk.core.sas.SlotVisibility;
import io.github.cptssdk.core.sas.TimeSlot;
import io.github.cptssdk.json.JsonReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Reads and writes the SAS offer document {@code cpts-sas-offer/1} (docs/sas.md). Every value goes
 * through the model's validating constructors; an error names its JSON path. Instants are ISO-8601 with
 * an offset ({@code 2026-12-07T08:00:00+01:00}); they are written in UTC. Stateless, thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SasOfferJson {

  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "cpts-sas-offer/1";

  /** The largest document read, in bytes: the cpts-json document limit ({@link JsonReadLimits#DEFAULTS}). */
  public static final long MAX_BYTES = JsonReadLimits.DEFAULTS.maxDocumentLength();

  private static final ObjectMapper MAPPER = new ObjectMapper(
      JsonFactory.builder().streamReadConstraints(JsonReadLimits.DEFAULTS.constraints()).build())
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final Messages MESSAGES =
      new Messages(l -> ResourceBundle.getBundle("io.github.cptssdk.json.sas.messages", l));

  private SasOfferJson() {}

  /**
   * @param file a {@code cpts-sas-offer/1} document
   * @return the offer
   * @throws SasJsonException if the file cannot be read or the document is not a valid offer
   */
  public static SasOffer read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw error("CPTS-1143", "$", MAX_BYTES);
      }
      return read(Files.readString(file));
    } catch (IOException e) {
      throw error("CPTS-1143", "$", MAX_BYTES);
    }
  }

  /**
   * @param json a {@code cpts-sas-offer/1} document
   * @return the offer
   * @throws SasJsonException if the document is not a valid offer
   */
  public static SasOffer read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Objects.requireNonNull(json, "json"));
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw error("CPTS-1140", "$", loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr());
    }
    if (root == null || !root.isObject()) {
      throw error("CPTS-1141", "$", "object");
    }
    if (!FORMAT.equals(root.path("format").asText(null))) {
      throw error("CPTS-1142", "$.format", FORMAT);
    }
    JsonNode cpts = object(root, "$", "cpts");
    FinessNumber finess = value("$.cpts.finess", () -> FinessNumber.parse(text(cpts, "$.cpts", "finess")));
    String name = text(cpts, "$.cpts", "name");
    List<SasSchedule> schedules = list(root, "$", "schedules", SasOfferJson::schedule);
    return value("$", () -> new SasOffer(finess, name, schedules));
  }

  private static SasSchedule schedule(JsonNode n, String path) {
    SasProfessionalId who = value(path + ".professional", () -> SasProfessionalId.parse(text(n, path, "professional")));
    JsonNode s = object(n, path, "site");
    String sp = path + ".site";
    JsonNode c = s.get("commune");
    CommuneCode commune = c == null || c.isNull() ? null
        : value(sp + ".commune", () -> CommuneCode.parse(text(s, sp, "commune")));
    PracticeSite site = value(sp, () -> new PracticeSite(text(s, sp, "id"), text(s, sp, "addressLine"),
        text(s, sp, "postalCode"), text(s, sp, "city"), commune));
    TimeSlot horizon = range(object(n, path, "horizon"), path + ".horizon");
    List<SasSlot> slots = list(n, path, "slots", SasOfferJson::slot);
    return value(path, () -> new SasSchedule(who, site, horizon, slots));
  }

  private static SasSlot slot(JsonNode n, String path) {
    TimeSlot time = range(n, path);
    ConsultationType c = constant(n, path, "consultation", ConsultationType::valueOf);
    AppointmentType a = constant(n, path, "appointmentType", AppointmentType::valueOf);
    SlotStatus status = constant(n, path, "status", SlotStatus::valueOf);
    Set<SlotVisibility> visibility = EnumSet.noneOf(SlotVisibility.class);
    JsonNode v = n.get("visibility");
    if (v == null || !v.isArray()) {
      throw error("CPTS-1141", path + ".visibility", "array");
    }
    for (int i = 0; i < v.size(); i++) {
      int k = i;
      visibility.add(value(path + ".visibility[" + i + "]", () -> SlotVisibility.valueOf(v.get(k).asText())));
    }
    JsonNode url = n.get("bookingUrl");
    String booking = url == null || url.isNull() ? null : text(n, path, "bookingUrl");
    return value(path, () -> new SasSlot(text(n, path, "id"), time, c, a, visibility, status, booking));
  }

  private static TimeSlot range(JsonNode n, String path) {
    Instant start = instant(n, path, "start");
    Instant end = instant(n, path, "end");
    return value(path + ".end", () -> TimeSlot.of(start, end));
  }

  private static Instant instant(JsonNode n, String path, String field) {
    String t = text(n, path, field);
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      throw error("CPTS-1141", path + "." + field, "date-time with offset");
    }
  }

  private static <E> E constant(JsonNode n, String path, String field, Function<String, E> valueOf) {
    String t = text(n, path, field);
    return value(path + "." + field, () -> valueOf.apply(t));
  }

  private interface Source<T> {
    T get();
  }

  private static <T> T value(String path, Source<T> s) {
    try {
      return s.get();
    } catch (SasJsonException e) {
      throw e;
    } catch (SasException e) {
      String p = e.path().isEmpty() ? path : path + (e.path().startsWith("[") ? "" : ".") + e.path();
      throw new SasJsonException(e.code(), p, e.localizedMessage().en());
    } catch (CptsException e) {
      throw new SasJsonException(e.code(), path, e.getMessage().substring(e.code().length() + 2));
    } catch (IllegalArgumentException e) {
      throw error("CPTS-1141", path, "known code");
    }
  }

  private static JsonNode object(JsonNode n, String path, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isObject()) {
      throw error("CPTS-1141", path + "." + field, "object");
    }
    return v;
  }

  private static String text(JsonNode n, String path, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw error("CPTS-1141", path + "." + field, "string");
    }
    return v.asText();
  }

  private interface Item<T> {
    T read(JsonNode n, String path);
  }

  private static <T> List<T> list(JsonNode n, String path, String field, Item<T> item) {
    JsonNode v = n.get(field);
    if (v == null || !v.isArray()) {
      throw error("CPTS-1141", path + "." + field, "array");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      String p = path + "." + field + "[" + i + "]";
      if (!v.get(i).isObject()) {
        throw error("CPTS-1141", p, "object");
      }
      out.add(item.read(v.get(i), p));
    }
    return out;
  }

  private static SasJsonException error(String code, String path, Object... args) {
    return new SasJsonException(code, path, MESSAGES.english(code, args));
  }

  /**
   * @param offer an offer
   * @return its {@code cpts-sas-offer/1} document, indented
   */
  public static String write(SasOffer offer) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.putObject("cpts").put("finess", offer.cptsFiness().value()).put("name", offer.cptsName());
    ArrayNode schedules = root.putArray("schedules");
    for (SasSchedule s : offer.schedules()) {
      ObjectNode o = schedules.addObject();
      o.put("professional", s.professional().toString());
      ObjectNode site = o.putObject("site").put("id", s.site().id()).put("addressLine", s.site().addressLine())
          .put("postalCode", s.site().postalCode()).put("city", s.site().city());
      if (s.site().commune() != null) {
        site.put("commune", s.site().commune().value());
      }
      o.putObject("horizon").put("start", s.horizon().start().toString()).put("end", s.horizon().end().toString());
      ArrayNode slots = o.putArray("slots");
      for (SasSlot t : s.slots()) {
        ObjectNode j = slots.addObject();
        j.put("id", t.id()).put("start", t.time().start().toString()).put("end", t.time().end().toString())
            .put("consultation", t.consultation().name()).put("appointmentType", t.appointmentType().name());
        ArrayNode v = j.putArray("visibility");
        t.visibility().forEach(x -> v.add(x.name()));
        j.put("status", t.status().name());
        if (t.bookingUrl() != null) {
          j.put("bookingUrl", t.bookingUrl());
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
