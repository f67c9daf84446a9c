package io.github.cptssdk.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.json.InvalidDocumentException;
import io.github.cptssdk.json.internal.ErrorMapper.Problem;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * First pass over a document: the whole text is well-formed JSON within the limits, its root is an
 * object, and its top-level {@code format} names a supported version. Streaming, no tree is built.
 */
@API(status = INTERNAL, since = "0.1")
public final class FormatCheck {

  private FormatCheck() {}

  /**
   * @return the top-level {@code format}, or null if absent
   * @throws InvalidDocumentException if the text is not a JSON object or the format is not a string
   * @throws IOException from the parser (syntax, limits), mapped by the caller
   */
  public static @Nullable String scan(JsonFactory factory, byte[] document) throws IOException {
    try (JsonParser p = factory.createParser(document)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw ErrorMapper.at(Expected.problem(Cpts.class, "$"),
            p.currentTokenLocation());
      }
      String format = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("format".equals(name)) {
          format = formatText(p, value);
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw ErrorMapper.at(Problem.of("CPTS-0300", "$"), p.currentTokenLocation());
      }
      return format;
    }
  }

  private static String formatText(JsonParser p, JsonToken value) {
    if (value != JsonToken.VALUE_STRING) {
      throw ErrorMapper.at(Expected.problem(String.class, "$.format"), p.currentTokenLocation());
    }
    try {
      return p.getText();
    } catch (IOException e) {
      throw ErrorMapper.at(Problem.of("CPTS-0300", "$.format"), p.currentTokenLocation());
    }
  }
}
