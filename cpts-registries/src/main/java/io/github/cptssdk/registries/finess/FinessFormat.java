package io.github.cptssdk.registries.finess;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.internal.RegistryFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/** The two FINESS file formats a site can be read from, detected from the first bytes of a file. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FinessFormat {
  /** The FINESS+ daily {@code structures} JSON flow, {@code .json} or {@code .json.gz} ({@link FinessPlusReader}). */
  PLUS_JSON,
  /** The legacy Etalab CSV extraction {@code etalab-cs1100507-stock-*.csv} ({@link EtalabFinessReader}). */
  ETALAB_CSV;

  /**
   * @param file a FINESS file
   * @return its format: gzip or a JSON object is FINESS+, a first line starting {@code finess;etalab} is
   *     Etalab (a UTF-8 BOM and leading white space ignored)
   * @throws RegistryException CPTS-1060 if it is neither, CPTS-1042 if the file is missing, a directory or
   *     cannot be read
   */
  public static FinessFormat detect(Path file) {
    byte[] head = new byte[64];
    int n = RegistryFiles.io(file, () -> {
      try (InputStream in = RegistryFiles.open(file)) {
        return in.readNBytes(head, 0, head.length);
      }
    });
    if (n >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b) {
      return PLUS_JSON;
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "").strip();
    if (text.startsWith("{")) {
      return PLUS_JSON;
    }
    if (text.regionMatches(true, 0, "finess;etalab", 0, 13)) {
      return ETALAB_CSV;
    }
    throw RegistryException.of("CPTS-1060");
  }

  /**
   * Reads the sites of a file in this format.
   *
   * @param file the file
   * @param policy stop at the first bad record, or skip and count them
   * @param sink receives each accepted site, in file order
   * @return what was read
   * @throws RegistryException for bad input (see each reader), CPTS-1042 if the file cannot be read
   */
  public ReadSummary read(Path file, OnError policy, Consumer<FinessSite> sink) {
    Objects.requireNonNull(policy, "policy");
    return switch (this) {
      case PLUS_JSON -> FinessPlusReader.of().withPolicy(policy).read(file, sink);
      case ETALAB_CSV -> EtalabFinessReader.of().withPolicy(policy).read(file, sink);
    };
  }
}
