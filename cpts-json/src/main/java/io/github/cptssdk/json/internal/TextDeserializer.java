package io.github.cptssdk.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.internal.Surrogates;
import java.io.IOException;
import org.apiguardian.api.API;

/**
 * Reads every text of a document as Jackson's own {@link StringDeserializer} does (and within its
 * coercion settings), then rejects text that cannot be written back as UTF-8: an unpaired surrogate, from
 * an escape such as {@code \\udc00} or from encoded bytes (CPTS-0324, issue 17). The round trip of an
 * accepted document is thus exact.
 */
@API(status = INTERNAL, since = "0.2")
public final class TextDeserializer extends StringDeserializer {

  private static final long serialVersionUID = 1L;

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = super.deserialize(p, ctxt);
    if (text != null && Surrogates.firstUnpaired(text) >= 0) {
      throw JsonMappingException.from(p, "unpaired surrogate", new CptsException("CPTS-0324", "unpaired surrogate"));
    }
    return text;
  }
}
