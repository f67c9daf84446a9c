package io.github.cptssdk.indicators.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.csv.internal.CsvFiles;
import io.github.cptssdk.indicators.csv.internal.CsvScanner;
import io.github.cptssdk.indicators.csv.internal.HeaderMap;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Small CSV inputs besides patients (formats in docs/indicators.md): territories of CPTS
 * ({@code cpts_id,commune}, one row per commune) and commune tables
 * ({@code code,name,department,region,epci,population}). Strict: the first bad row throws. Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TerritoryCsv {

  private TerritoryCsv() {}

  /**
   * Reads CPTS territories: a CSV file with columns {@code cpts_id} and {@code commune}, one row per
   * commune of a CPTS.
   *
   * @param file the CSV file (UTF-8)
   * @return the territory of each CPTS of the file
   * @throws CsvInputException for a missing column, a bad CPTS id (CPTS-0717) or commune (CPTS-0705)
   *     (CPTS-0713 if the file is missing, a directory or cannot be read)
   */
  public static Map<CptsId, Territory> territories(Path file) {
    Map<CptsId, TreeSet<CommuneCode>> m = new TreeMap<>();
    read(file, List.of("cpts_id", "commune"), (s, h) -> {
      String id = s.string(h.position("cpts_id")).trim();
      String code = s.string(h.position("commune")).trim();
      if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
        throw new CsvInputException("CPTS-0717", s.record(), "cpts_id");
      }
      if (!CommuneCode.isValid(code)) {
        throw new CsvInputException("CPTS-0705", s.record(), "commune");
      }
      m.computeIfAbsent(CptsId.of(id), k -> new TreeSet<>()).add(CommuneCode.parse(code));
    });
    Map<CptsId, Territory> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, new Territory(v)));
    return out;
  }

  /**
   * Reads a commune referential: a CSV file with columns {@code code}, {@code name}, {@code department},
   * {@code region}, {@code epci} and {@code population}.
   *
   * @param file the CSV file (UTF-8); its name is the referential's source
   * @return the referential of the communes of the file
   * @throws CsvInputException for a missing column or a bad value
   *     (CPTS-0713 if the file is missing, a directory or cannot be read)
   */
  public static CommuneReferential communes(Path file) {
    CommuneReferential.Builder referential = CommuneReferential.builder(file.getFileName().toString());
    read(file, List.of("code", "name", "department", "region", "epci", "population"), (s, h) -> referential.add(commune(s, h)));
    return referential.build();
  }

  private static Commune commune(CsvScanner s, HeaderMap h) {
    String code = s.string(h.position("code")).trim();
    if (!CommuneCode.isValid(code)) {
      throw new CsvInputException("CPTS-0705", s.record(), "code");
    }
    String epci = s.string(h.position("epci")).trim();
    if (!epci.isEmpty() && !io.github.cptssdk.core.id.Siren.isValid(epci)) {
      throw new CsvInputException("CPTS-0705", s.record(), "epci");
    }
    long population;
    try {
      population = Long.parseLong(s.string(h.position("population")).trim());
    } catch (NumberFormatException e) {
      throw new CsvInputException("CPTS-0715", s.record(), "population");
    }
    if (population < 0) {
      throw new CsvInputException("CPTS-0715", s.record(), "population");
    }
    CommuneCode c = CommuneCode.parse(code);
    CommuneCode parent = c.parentCityCode();
    return new Commune(c, s.string(h.position("name")), parent != null ? Commune.Kind.MUNICIPAL_ARRONDISSEMENT : Commune.Kind.COMMUNE,
        s.string(h.position("department")).trim(), s.string(h.position("region")).trim(),
        epci.isEmpty() ? null : EpciCode.parse(epci), parent, population);
  }

  private interface RowHandler {
    void row(CsvScanner scanner, HeaderMap header);
  }

  private static void read(Path file, List<String> columns, RowHandler handler) {
    CsvFiles.io(file, () -> {
      try (InputStream in = CsvFiles.open(file)) {
        CsvScanner s = new CsvScanner(in, CsvLimits.DEFAULTS, CsvFiles.name(file), 0, 0);
        HeaderMap h = new HeaderMap(s, columns);
        while (s.next()) {
          if (s.fieldCount() != h.width()) {
            throw new CsvInputException("CPTS-0702", s.record(), "");
          }
          handler.row(s, h);
        }
        return null;
      }
    });
  }
}
