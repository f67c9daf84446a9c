package io.github.cptssdk.core.territory.internal;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.Department;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the gzipped TSV written by {@code scripts/build_referential.py} (format in the README next to
 * the resource). Not thread-safe: one instance reads one stream.
 */
final class ReferentialReader {

  /** Name of the bundled resource, next to this class. */
  static final String RESOURCE = "referential.tsv.gz";

  private final Map<String, String> header = new HashMap<>();
  private final List<Region> regions = new ArrayList<>();
  private final Map<String, Department> departments = new TreeMap<>();
  private final Map<String, String[]> epciRows = new TreeMap<>();
  private final Map<String, EpciCode> epciCodes = new HashMap<>();
  private final Map<CommuneCode, Commune> communes = new LinkedHashMap<>(); // the file is sorted by code
  private final List<Commune> arrondissements = new ArrayList<>();

  private ReferentialReader() {}

  /** @throws CptsException {@code CPTS-0200} if the bundled resource is missing or corrupt */
  static ReferentialData readBundled() {
    try (InputStream in = ReferentialReader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw unreadable("resource not found", null);
      }
      return read(in);
    } catch (IOException | RuntimeException e) {
      throw e instanceof CptsException c ? c : unreadable(e.getClass().getSimpleName(), e);
    }
  }

  /** Reads a gzipped referential stream (does not close it). */
  static ReferentialData read(InputStream gzipped) throws IOException {
    ReferentialReader reader = new ReferentialReader();
    BufferedReader lines = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      reader.accept(line.split("\t", -1));
    }
    return reader.build();
  }

  private void accept(String[] f) {
    switch (f[0]) {
      case "R" -> regions.add(new Region(f[1], f[2]));
      case "D" -> departments.put(f[1], new Department(f[1], f[3], f[2]));
      case "E" -> epciRows.put(f[1], f);
      case "C" -> commune(f);
      case "A" -> arrondissement(f);
      default -> header(f);
    }
  }

  private void header(String[] f) {
    if (!f[0].startsWith("#") || f.length != 2) {
      throw new IllegalStateException("unexpected record kind [" + f[0] + "]");
    }
    header.put(f[0].substring(1), f[1]);
  }

  private void commune(String[] f) {
    CommuneCode code = CommuneCode.of(f[1]);
    String regionCode = department(f[2]).regionCode();
    EpciCode epci = f[3].isEmpty() ? null : epciCodes.computeIfAbsent(f[3], EpciCode::parse);
    communes.put(code, new Commune(code, f[5], Commune.Kind.COMMUNE, f[2], regionCode, epci, null,
        Long.parseLong(f[4])));
  }

  private void arrondissement(String[] f) {
    Commune city = communes.get(CommuneCode.of(f[2]));
    if (city == null) {
      throw new IllegalStateException("arrondissement before its city [" + f[2] + "]");
    }
    arrondissements.add(new Commune(CommuneCode.of(f[1]), f[4], Commune.Kind.MUNICIPAL_ARRONDISSEMENT,
        city.departmentCode(), city.regionCode(), city.epci(), city.code(), Long.parseLong(f[3])));
  }

  private Department department(String code) {
    Department d = departments.get(code);
    if (d == null) {
      throw new IllegalStateException("commune of an unknown department [" + code + "]");
    }
    return d;
  }

  private ReferentialData build() {
    String source = header.getOrDefault("source", "?") + " " + header.getOrDefault("version", "?");
    return new ReferentialData(source, regions, List.copyOf(departments.values()), epcis(),
        List.copyOf(communes.values()), arrondissements);
  }

  private List<Epci> epcis() {
    Map<String, List<CommuneCode>> members = new HashMap<>();
    Map<String, Long> populations = new HashMap<>();
    for (Commune c : communes.values()) {
      if (c.epci() != null) {
        members.computeIfAbsent(c.epci().value(), k -> new ArrayList<>()).add(c.code());
        populations.merge(c.epci().value(), c.population(), Long::sum);
      }
    }
    List<Epci> result = new ArrayList<>(epciRows.size());
    for (String[] f : epciRows.values()) {
      EpciCode code = epciCodes.computeIfAbsent(f[1], EpciCode::parse);
      result.add(new Epci(code, f[3], f[2], members.getOrDefault(f[1], List.of()), populations.getOrDefault(f[1], 0L)));
    }
    return result;
  }

  private static CptsException unreadable(String reason, @Nullable Throwable cause) {
    String message = TerritoryMessages.get().english("CPTS-0200", RESOURCE, reason);
    return new CptsException("CPTS-0200", message, cause);
  }
}
