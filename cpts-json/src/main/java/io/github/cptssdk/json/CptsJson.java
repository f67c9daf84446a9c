package io.github.cptssdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cptssdk.core.model.Cpts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Reads and writes the JSON document of a CPTS (format {@code cpts-document/1}, described in
 * docs/cpts-document.md with a JSON Schema in {@code io/github/cptssdk/json/cpts-document.schema.json}),
 * with the default {@link CptsJsonFeature}s. For other features use {@link CptsJsonCodec}.
 *
 * <p>Reading never returns a partly read CPTS and never throws anything but
 * {@link InvalidDocumentException} for bad input (a {@link NullPointerException} for a null argument).
 * Reading checks the structure; check the meaning (duplicates, dates) with
 * {@code CptsValidator.get().validate(cpts)}. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CptsJson {

  private static final CptsJsonCodec DEFAULT = CptsJsonCodec.defaults();

  private CptsJson() {}

  /**
   * @param path a UTF-8 JSON file
   * @return the CPTS of the JSON document at {@code path}
   * @throws InvalidDocumentException if the file cannot be read or is not a valid document
   */
  public static Cpts read(Path path) {
    return DEFAULT.read(path);
  }

  /**
   * @param in the UTF-8 bytes of the document
   * @return the CPTS of the JSON document read from {@code in} (not closed)
   * @throws InvalidDocumentException if the stream cannot be read or is not a valid document
   */
  public static Cpts read(InputStream in) {
    return DEFAULT.read(in);
  }

  /**
   * @param json the document text
   * @return the CPTS of the JSON document {@code json}
   * @throws InvalidDocumentException if it is not a valid document
   */
  public static Cpts readString(String json) {
    return DEFAULT.readString(json);
  }

  /**
   * @param cpts the CPTS
   * @return the JSON document of {@code cpts}, pretty-printed
   */
  public static String write(Cpts cpts) {
    return DEFAULT.write(cpts);
  }

  /**
   * Writes the JSON document of {@code cpts} to {@code out}, pretty-printed, in UTF-8 (does not close it).
   *
   * @param cpts the CPTS
   * @param out where to write
   * @throws io.github.cptssdk.core.CptsException CPTS-0322 if writing fails
   */
  public static void write(Cpts cpts, OutputStream out) {
    DEFAULT.write(cpts, out);
  }

  /** @return a copy of the mapper used for documents: the module registered, strict reading, limits set */
  public static JsonMapper mapper() {
    return DEFAULT.mapper();
  }

  /**
   * @return the JSON Schema (draft 2020-12) of the document format, as text
   * @throws IllegalStateException if the resource is missing from the jar (a packaging defect)
   */
  public static String schema() {
    try (InputStream in = CptsJson.class.getResourceAsStream("cpts-document.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("cpts-document.schema.json is missing from cpts-json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a codec with the default features, to change them */
  public static CptsJsonCodec codec() {
    return DEFAULT;
  }
}
