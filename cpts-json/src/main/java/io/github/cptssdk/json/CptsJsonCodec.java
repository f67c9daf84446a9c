package io.github.cptssdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.internal.Surrogates;
import io.github.cptssdk.json.internal.ErrorMapper;
import io.github.cptssdk.json.internal.ErrorMapper.Problem;
import io.github.cptssdk.json.internal.FormatCheck;
import io.github.cptssdk.json.internal.JsonMessages;
import io.github.cptssdk.json.internal.Limits;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads and writes CPTS documents (docs/cpts-document.md) with a chosen set of {@link CptsJsonFeature}s.
 * {@link CptsJson} offers the same operations with the default features.
 *
 * <p>Reading: the document must be a JSON object with {@code "format": "cpts-document/1"}, within the
 * limits of {@link #MAX_DOCUMENT_LENGTH} characters, nesting depth {@link #MAX_NESTING_DEPTH}, string
 * length {@link #MAX_STRING_LENGTH}, number length {@link #MAX_NUMBER_LENGTH} and property-name length
 * {@link #MAX_NAME_LENGTH} by default ({@link JsonReadLimits#DEFAULTS}, change them with
 * {@link #withLimits(JsonReadLimits)}); unknown properties, unknown enum names, duplicate properties, numbers or
 * booleans where text is expected and trailing content are rejected. Every problem is an
 * {@link InvalidDocumentException} (CPTS-03xx) with the JSON path, line and column. No polymorphic
 * typing is enabled: the document never names a Java class.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CptsJsonCodec {

  /** The format of the documents written, and the only one read. */
  public static final String FORMAT = "cpts-document/1";
  /** Longest document read, in bytes: 16 MiB. */
  public static final int MAX_DOCUMENT_LENGTH = Limits.MAX_DOCUMENT_LENGTH;
  /** Deepest nesting of arrays and objects read: 16. */
  public static final int MAX_NESTING_DEPTH = Limits.MAX_NESTING_DEPTH;
  /** Longest string value read: 10 000 characters. */
  public static final int MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;
  /** Longest number read: 20 characters. */
  public static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;
  /** Longest property name read: 100 characters. */
  public static final int MAX_NAME_LENGTH = Limits.MAX_NAME_LENGTH;

  private static final List<String> MEMBER_LISTS = List.of("professionals", "organisations", "missions");

  private final Set<CptsJsonFeature> features;
  private final JsonReadLimits limits;
  private final JsonMapper mapper;

  private CptsJsonCodec(Set<CptsJsonFeature> features, JsonReadLimits limits) {
    this.features = Set.copyOf(features);
    this.limits = Objects.requireNonNull(limits, "limits");
    this.mapper = buildMapper(this.features, limits);
  }

  /** @return a codec with the default features */
  public static CptsJsonCodec defaults() {
    EnumSet<CptsJsonFeature> set = EnumSet.noneOf(CptsJsonFeature.class);
    for (CptsJsonFeature f : CptsJsonFeature.values()) {
      if (f.enabledByDefault()) {
        set.add(f);
      }
    }
    return new CptsJsonCodec(set, JsonReadLimits.DEFAULTS);
  }

  /**
   * @param enabled the features to enable
   * @return a codec with these features enabled as well
   */
  public CptsJsonCodec with(CptsJsonFeature... enabled) {
    EnumSet<CptsJsonFeature> set = copy();
    set.addAll(List.of(enabled));
    return new CptsJsonCodec(set, limits);
  }

  /**
   * @param disabled the features to disable
   * @return a codec with these features disabled
   */
  public CptsJsonCodec without(CptsJsonFeature... disabled) {
    EnumSet<CptsJsonFeature> set = copy();
    List.of(disabled).forEach(set::remove);
    return new CptsJsonCodec(set, limits);
  }

  /**
   * @param value the read limits
   * @return a codec with the same features reading within {@code value} (default {@link JsonReadLimits#DEFAULTS})
   */
  public CptsJsonCodec withLimits(JsonReadLimits value) {
    return new CptsJsonCodec(features, value);
  }

  /** @return the read limits of this codec */
  public JsonReadLimits limits() {
    return limits;
  }

  /**
   * @param feature a feature
   * @return whether {@code feature} is enabled
   */
  public boolean isEnabled(CptsJsonFeature feature) {
    return features.contains(Objects.requireNonNull(feature, "feature"));
  }

  private EnumSet<CptsJsonFeature> copy() {
    return features.isEmpty() ? EnumSet.noneOf(CptsJsonFeature.class) : EnumSet.copyOf(features);
  }

  /** @return a copy of the configured mapper (changing it does not change this codec) */
  public JsonMapper mapper() {
    return mapper.copy();
  }

  private static JsonMapper buildMapper(Set<CptsJsonFeature> features, JsonReadLimits limits) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits.constraints())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, features.contains(CptsJsonFeature.FAIL_ON_DUPLICATE_PROPERTIES))
        .build();
    return JsonMapper.builder(factory)
        .addModule(new CptsJacksonModule())
        .deactivateDefaultTyping()
        .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .configure(SerializationFeature.INDENT_OUTPUT, features.contains(CptsJsonFeature.PRETTY_PRINT))
        .build();
  }

  /**
   * @param path a UTF-8 JSON file
   * @return the CPTS of the document at {@code path}
   * @throws InvalidDocumentException if the file cannot be read or is not a valid document
   */
  public Cpts read(Path path) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    } catch (NoSuchFileException e) {
      throw ErrorMapper.at(Problem.of("CPTS-0321", "$", "no such file"), null);
    } catch (IOException e) {
      throw ErrorMapper.at(Problem.of("CPTS-0321", "$", e.getClass().getSimpleName()), null);
    }
  }

  /**
   * @param in the UTF-8 bytes of the document
   * @return the CPTS of the document read from {@code in} (not closed)
   * @throws InvalidDocumentException if the stream cannot be read or is not a valid document
   */
  public Cpts read(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes(limits.maxDocumentLength() + 1);
    } catch (IOException e) {
      throw ErrorMapper.at(Problem.of("CPTS-0321", "$", e.getClass().getSimpleName()), null);
    }
    return read(bytes);
  }

  /**
   * @param json the document text
   * @return the CPTS of the document {@code json}
   * @throws InvalidDocumentException if it is not a valid document
   */
  public Cpts readString(String json) {
    // An unpaired surrogate would be encoded as '?': written as its escape, the binding reports it with its path.
    return read(Surrogates.escapeUnpaired(Objects.requireNonNull(json, "json")).getBytes(StandardCharsets.UTF_8));
  }

  private Cpts read(byte[] bytes) {
    // Jackson checks the document length only when it loads more input, never for a byte array: checked here.
    if (bytes.length > limits.maxDocumentLength()) {
      throw ErrorMapper.at(Problem.of("CPTS-0302", "$", limits.maxDocumentLength()), null);
    }
    try {
      checkFormat(FormatCheck.scan(mapper.getFactory(), bytes));
      return mapper.readerFor(Cpts.class).readValue(bytes);
    } catch (JacksonException e) {
      throw ErrorMapper.map(e, limits);
    } catch (InvalidDocumentException e) {
      throw e;
    } catch (CharConversionException e) {
      // a UTF-32 byte-order mark, or bytes Jackson cannot decode (issue 17)
      throw ErrorMapper.at(Problem.of("CPTS-0321", "$", "not UTF-8"), null);
    } catch (IOException | RuntimeException e) {
      throw ErrorMapper.at(Problem.of("CPTS-0399", "$"), null);
    }
  }

  private void checkFormat(String format) {
    if (format == null && isEnabled(CptsJsonFeature.REQUIRE_FORMAT)) {
      throw ErrorMapper.at(Problem.of("CPTS-0318", "$.format", FORMAT), null);
    }
    if (format != null && !format.equals(FORMAT)) {
      throw ErrorMapper.at(Problem.of("CPTS-0319", "$.format", FORMAT), null);
    }
  }

  /**
   * @param cpts the CPTS
   * @return the document of {@code cpts}
   * @throws io.github.cptssdk.core.CptsException CPTS-0322 if serialisation fails
   */
  public String write(Cpts cpts) {
    try {
      return mapper.writeValueAsString(document(cpts));
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes the document of {@code cpts} to {@code out} in UTF-8 (does not close it).
   *
   * @param cpts the CPTS
   * @param out where to write
   * @throws io.github.cptssdk.core.CptsException CPTS-0322 if writing fails
   */
  public void write(Cpts cpts, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      mapper.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, document(cpts));
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * @param cpts the CPTS
   * @return the document of {@code cpts} as a tree: {@code format} first, then the CPTS
   */
  public ObjectNode document(Cpts cpts) {
    Objects.requireNonNull(cpts, "cpts");
    ObjectNode doc = mapper.createObjectNode().put("format", FORMAT);
    doc.setAll((ObjectNode) mapper.valueToTree(cpts));
    if (!isEnabled(CptsJsonFeature.WRITE_EMPTY_LISTS)) {
      MEMBER_LISTS.stream().filter(n -> doc.get(n) instanceof ArrayNode a && a.isEmpty()).toList().forEach(doc::remove);
    }
    return doc;
  }

  private static CptsException writeFailure(IOException e) {
    return new CptsException("CPTS-0322", JsonMessages.text("CPTS-0322", e.getClass().getSimpleName()).en());
  }
}
