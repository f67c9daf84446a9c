package io.github.cptssdk.cli;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.csv.TerritoryCsv;
import io.github.cptssdk.json.CptsJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Options shared by the commands: input files, and for the indicator commands the referential and the CPTS territories. */
final class Inputs {

  private Inputs() {}

  /**
   * @return {@code file} resolved against the working folder
   * @throws CliException (bad data) naming {@code file} as given if it is not a regular file
   */
  static Path existing(Io io, String file) {
    Path p = io.resolve(file);
    if (!Files.isRegularFile(p)) {
      throw CliException.data("file not found: " + file);
    }
    return p;
  }

  /**
   * Reads a whole text file that must be UTF-8 (a FHIR file, a supplied table): the callers check its size first.
   *
   * @param expected what the file should hold, for the message (e.g. "a FHIR bundle")
   * @return the text
   * @throws CliException (bad data, CPTS-0903) naming the file if its bytes are not UTF-8
   * @throws IOException if the file cannot be read
   */
  static String utf8Text(Path file, String expected) throws IOException {
    try {
      return Files.readString(file);
    } catch (CharacterCodingException e) {
      // found by CommandsFuzzTest (issue 17): bytes that are not UTF-8 were exit 70, or "Input length = 1"
      throw CliException.data("file " + file.getFileName() + " is not UTF-8 text; expected " + expected + " in UTF-8");
    }
  }

  /** @return the commune table of {@code --communes FILE}, or the official referential */
  static CommuneReferential referential(Args args, Io io) {
    Optional<String> file = args.option("communes");
    if (file.isPresent()) {
      return TerritoryCsv.communes(io.resolve(file.get()));
    }
    return CommuneReferential.official();
  }

  /** @return the territories of {@code --cpts}, {@code --territory} and {@code --territories} together */
  static Map<CptsId, Territory> territories(Args args, Io io, CommuneReferential referential) {
    Map<CptsId, Territory> m = new TreeMap<>();
    args.option("cpts").ifPresent(list -> {
      for (String f : list.split(",")) {
        Cpts cpts = CptsJson.read(io.resolve(f.trim()));
        m.put(cpts.id(), cpts.territory());
      }
    });
    args.option("territories").ifPresent(f -> m.putAll(TerritoryCsv.territories(io.resolve(f))));
    args.option("territory").ifPresent(spec -> {
      for (String one : spec.split(";")) {
        parseTerritory(one.trim(), referential, m);
      }
    });
    if (m.isEmpty()) {
      throw CliException.usage("give the CPTS with --cpts FILE[,FILE...], --territory NAME=EPCI|COMMUNE[+COMMUNE...] or --territories FILE");
    }
    return m;
  }

  private static void parseTerritory(String spec, CommuneReferential referential, Map<CptsId, Territory> into) {
    int eq = spec.indexOf('=');
    if (eq <= 0 || !spec.substring(0, eq).matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw CliException.usage("--territory expects NAME=EPCI or NAME=COMMUNE[+COMMUNE...] with NAME in lower-case letters, digits, hyphens");
    }
    String value = spec.substring(eq + 1).trim();
    Territory t;
    if (value.matches("\\d{9}")) {
      t = referential.epciTerritory(EpciCode.parse(value));
    } else {
      java.util.List<CommuneCode> codes = new java.util.ArrayList<>();
      for (String c : value.split("\\+")) {
        if (!CommuneCode.isValid(c.trim())) {
          throw CliException.usage("--territory: [" + c.trim() + "] is neither an EPCI SIREN nor a commune code");
        }
        codes.add(CommuneCode.parse(c.trim()));
      }
      t = Territory.of(codes);
    }
    into.put(CptsId.of(spec.substring(0, eq)), t);
  }
}
