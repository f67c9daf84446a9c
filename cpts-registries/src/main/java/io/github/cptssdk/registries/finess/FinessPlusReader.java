package io.github.cptssdk.registries.finess;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.TextEncoding;
import io.github.cptssdk.registries.internal.RegistryFiles;
import io.github.cptssdk.registries.internal.JsonTrees;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Streams the FINESS+ daily {@code structures} JSON flow ({@code finess-structures-journalier*.json}, or
 * {@code .json.gz}: gzip is detected by its magic bytes) into {@link FinessSite}s, one legal entity in
 * memory at a time (schema {@code schema-structures-v1}, ansforge/finess). Sites take the WGS84
 * {@code direction*} coordinates, never the swapped projected X/Y. A bad site is reported by its number and
 * JSON path. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FinessPlusReader {

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1 << 20).maxNestingDepth(64).build()).build();

  private final OnError policy;

  private FinessPlusReader(OnError policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** @return a strict reader */
  public static FinessPlusReader of() {
    return new FinessPlusReader(OnError.STRICT);
  }

  /**
   * @param value stop at the first bad site, or skip and count bad sites
   * @return a copy with this policy
   */
  public FinessPlusReader withPolicy(OnError value) {
    return new FinessPlusReader(value);
  }

  /**
   * @param file a {@code .json} or {@code .json.gz} structures flow
   * @param sink receives each accepted site, in file order
   * @return what was read (rows are sites)
   * @throws RegistryException for a file that is not a structures flow, malformed JSON, or the first bad
   *     site with {@link OnError#STRICT}
   *     (CPTS-1042 if the file is missing, a directory or cannot be read)
   */
  public ReadSummary read(Path file, Consumer<FinessSite> sink) {
    return RegistryFiles.io(file, () -> {
      try (InputStream in = RegistryFiles.open(file)) {
        return read(in, sink);
      }
    });
  }

  /**
   * @param raw the bytes of a structures flow, gzipped or not (not closed)
   * @param sink receives each accepted site, in stream order
   * @return what was read (rows are sites)
   * @throws RegistryException for a stream that is not a structures flow, malformed JSON, or the first
   *     bad site with {@link OnError#STRICT}
   *     (CPTS-1042 if the stream cannot be read)
   */
  public ReadSummary read(InputStream raw, Consumer<FinessSite> sink) {
    Objects.requireNonNull(sink, "sink");
    Map<String, Long> rejected = new HashMap<>();
    long[] counts = new long[2];
    JsonParser p = null;
    try {
      p = JSON.createParser(unzipped(raw));
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw RegistryException.of("CPTS-1020", "no top-level object");
      }
      boolean found = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("pmej") && value == JsonToken.START_ARRAY) {
          found = true;
          int index = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            entity(JsonTrees.object(JsonTrees.read(p)), index++, sink, rejected, counts);
          }
        } else {
          p.skipChildren();
        }
      }
      if (!found) {
        throw RegistryException.of("CPTS-1020", "no pmej array");
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw RegistryException.of("CPTS-1021", line, p == null ? "" : p.getParsingContext().pathAsPointer().toString());
    } catch (IOException e) {
      throw RegistryFiles.unreadable(RegistryFiles.STREAM);
    }
    return new ReadSummary(counts[0], counts[1], rejected, 0, TextEncoding.UTF_8, 0);
  }

  private static InputStream unzipped(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private void entity(Map<String, Object> pm, int index, Consumer<FinessSite> sink, Map<String, Long> rejected, long[] counts) {
    Map<String, Object> info = JsonTrees.object(pm.get("informationsGeneralesPMEJ"));
    List<Object> sites = JsonTrees.array(pm.get("ege"));
    for (int j = 0; j < sites.size(); j++) {
      counts[0]++;
      String path = "pmej[" + index + "].ege[" + j + "].";
      try {
        sink.accept(Sites.site(info, JsonTrees.object(sites.get(j)), counts[0], path));
        counts[1]++;
      } catch (RegistryException e) {
        if (policy == OnError.STRICT) {
          throw e;
        }
        rejected.merge(e.code(), 1L, Long::sum);
      }
    }
  }

  /** Turns one {@code ege} object into a site. */
  static final class Sites {
    private Sites() {}

    static FinessSite site(Map<String, Object> pm, Map<String, Object> ege, long n, String path) {
      Map<String, Object> info = JsonTrees.object(ege.get("informationsGeneralesEGE"));
      FinessNumber finess = finess(JsonTrees.text(info, "numFinessEge"), n, path + "informationsGeneralesEGE.numFinessEge", true);
      String pmFiness = JsonTrees.text(pm, "numFinessPm");
      FinessNumber legal = finess(pmFiness, n, "informationsGeneralesPMEJ.numFinessPm", false);
      String siren = JsonTrees.text(pm, "siren");
      String siret = JsonTrees.text(info, "siret");
      if ((!siren.isEmpty() && !Siren.isValid(siren)) || (!siret.isEmpty() && !Siret.isValid(siret))) {
        throw new RegistryException("CPTS-1023", n, siret.isEmpty() || Siret.isValid(siret)
            ? "informationsGeneralesPMEJ.siren" : path + "informationsGeneralesEGE.siret");
      }
      String category = JsonTrees.text(ege, "categorieentiteGeographiqueExercice");
      if (!category.matches("\\d{1,4}")) {
        throw new RegistryException("CPTS-1027", n, path + "categorieentiteGeographiqueExercice");
      }
      Map<String, Object> address = address(ege);
      String cog = JsonTrees.text(address, "cogCommune");
      if (!cog.isEmpty() && !CommuneCode.isValid(cog)) {
        throw new RegistryException("CPTS-1024", n, path + "adresse.cogCommune");
      }
      LocalDate closed = date(JsonTrees.text(info, "dateFermeture"), n, path + "informationsGeneralesEGE.dateFermeture");
      boolean active = "A".equals(JsonTrees.text(ege, "etatObjet")) && closed == null;
      return new FinessSite(finess, legal, siren.isEmpty() ? null : Siren.parse(siren),
          siret.isEmpty() ? null : Siret.parse(siret), name(info), category, cog.isEmpty() ? null : CommuneCode.of(cog),
          location(address, n, path), date(JsonTrees.text(info, "dateOuverture"), n, path + "informationsGeneralesEGE.dateOuverture"),
          closed, engagements(ege, n, path), active);
    }

    private static String name(Map<String, Object> info) {
      String s = JsonTrees.text(info, "nomEgeCourt");
      s = s.isEmpty() ? JsonTrees.text(info, "nomEgeLong") : s;
      return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static @Nullable FinessNumber finess(String text, long n, String path, boolean required) {
      if (text.isEmpty() && !required) {
        return null;
      }
      if (!FinessNumber.isValid(text)) {
        throw new RegistryException("CPTS-1022", n, path);
      }
      return FinessNumber.parse(text);
    }

    /** @return the site address ({@code usageAdresse} 03) or the first with a commune */
    private static Map<String, Object> address(Map<String, Object> ege) {
      Map<String, Object> first = Map.of();
      for (Object o : JsonTrees.array(ege.get("adresse"))) {
        Map<String, Object> a = JsonTrees.object(o);
        if ("03".equals(JsonTrees.text(a, "usageAdresse")) && !JsonTrees.text(a, "cogCommune").isEmpty()) {
          return a;
        }
        if (first.isEmpty() && !JsonTrees.text(a, "cogCommune").isEmpty()) {
          first = a;
        }
      }
      return first;
    }

    private static @Nullable GeoPoint location(Map<String, Object> address, long n, String path) {
      Map<String, Object> c = JsonTrees.object(address.get("coordonneesGeographique"));
      String lat = JsonTrees.text(c, "directionLatitude");
      String lon = JsonTrees.text(c, "directionLongitude");
      if (lat.isEmpty() && lon.isEmpty()) {
        return null;
      }
      try {
        return new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
      } catch (IllegalArgumentException e) {
        throw new RegistryException("CPTS-1026", n, path + "adresse.coordonneesGeographique");
      }
    }

    private static @Nullable LocalDate date(String text, long n, String path) {
      if (text.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        throw new RegistryException("CPTS-1025", n, path);
      }
    }

    private static List<Engagement> engagements(Map<String, Object> ege, long n, String path) {
      List<Engagement> out = new ArrayList<>();
      for (Object o : JsonTrees.array(ege.get("engagement"))) {
        Map<String, Object> e = JsonTrees.object(o);
        String type = JsonTrees.text(e, "typeEngagement");
        if (!type.isEmpty()) {
          out.add(new Engagement(type, JsonTrees.text(e, "sousTypeEngagement"),
              date(JsonTrees.text(e, "dateEffetEngagement"), n, path + "engagement.dateEffetEngagement")));
        }
      }
      return out;
    }
  }
}
