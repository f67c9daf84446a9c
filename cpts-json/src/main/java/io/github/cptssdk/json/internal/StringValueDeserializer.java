package io.github.cptssdk.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.cptssdk.core.CptsException;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Reads a value written as a JSON string through its validating factory ({@code parse}, {@code of}).
 * A non-string token is a type mismatch; a rejected text becomes a {@link JsonMappingException} whose
 * message is generic and whose cause is the typed exception (which never quotes an identifier value).
 *
 * @param <T> the value type
 */
@API(status = INTERNAL, since = "0.1")
public final class StringValueDeserializer<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<String, T> parser;

  public StringValueDeserializer(Class<T> type, Function<String, T> parser) {
    super(type);
    this.parser = parser;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return ctxt.reportInputMismatch(this, "expected a JSON string");
    }
    return parse(p, parser);
  }

  /** @return the value of the current string token, or the exception for a rejected text */
  static <T> T parse(JsonParser p, Function<String, T> parser) throws IOException {
    try {
      return parser.apply(p.getText());
    } catch (CptsException | IllegalArgumentException | DateTimeException e) {
      throw JsonMappingException.from(p, "value not accepted", e);
    }
  }
}
