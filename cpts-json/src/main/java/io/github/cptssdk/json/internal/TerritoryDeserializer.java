package io.github.cptssdk.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Territory;
import java.io.IOException;
import java.util.TreeSet;
import org.apiguardian.api.API;

/** Reads a territory from an array of commune codes; a code listed twice is rejected (CPTS-0320). */
@API(status = INTERNAL, since = "0.1")
public final class TerritoryDeserializer extends StdDeserializer<Territory> {

  private static final long serialVersionUID = 1L;

  public TerritoryDeserializer() {
    super(Territory.class);
  }

  @Override
  public Territory deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartArrayToken()) {
      return ctxt.reportInputMismatch(this, "expected a JSON array of commune codes");
    }
    TreeSet<CommuneCode> codes = new TreeSet<>();
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
      try {
        add(p, ctxt, codes);
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, codes, index);
      }
    }
    return new Territory(codes);
  }

  private void add(JsonParser p, DeserializationContext ctxt, TreeSet<CommuneCode> codes) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      ctxt.reportInputMismatch(CommuneCode.class, "expected a commune code as a JSON string");
    }
    CommuneCode code = StringValueDeserializer.parse(p, CommuneCode::parse);
    if (!codes.add(code)) {
      throw JsonMappingException.from(p, "duplicate commune", new CptsException("CPTS-0320", "duplicate commune code"));
    }
  }
}
