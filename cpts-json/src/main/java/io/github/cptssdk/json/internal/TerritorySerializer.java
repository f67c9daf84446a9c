package io.github.cptssdk.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Territory;
import java.io.IOException;
import org.apiguardian.api.API;

/** Writes a territory as the sorted array of its commune codes. */
@API(status = INTERNAL, since = "0.1")
public final class TerritorySerializer extends StdSerializer<Territory> {

  private static final long serialVersionUID = 1L;

  public TerritorySerializer() {
    super(Territory.class);
  }

  @Override
  public void serialize(Territory value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartArray(value, value.size());
    for (CommuneCode c : value.communes()) {
      gen.writeString(c.value());
    }
    gen.writeEndArray();
  }
}
