package io.github.cptssdk.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.model.ModelDates;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Reads a date from a string {@code YYYY-MM-DD} only (no epoch numbers, no arrays, no lenient dates, no
 * signed or five-digit years), within {@link ModelDates#MIN}..{@link ModelDates#MAX} (CPTS-0323).
 */
@API(status = INTERNAL, since = "0.1")
public final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

  private static final long serialVersionUID = 1L;

  public LocalDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return ctxt.reportInputMismatch(this, "expected a date as a JSON string");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(p.getText());
    } catch (DateTimeException e) {
      throw JsonMappingException.from(p, "invalid date", new CptsException("CPTS-0316", "invalid date"));
    }
    if (!ModelDates.contains(date)) {
      throw JsonMappingException.from(p, "date out of range", new CptsException("CPTS-0323", "date out of range"));
    }
    return date;
  }
}
