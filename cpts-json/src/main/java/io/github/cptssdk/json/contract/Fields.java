package io.github.cptssdk.json.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.internal.Messages;
import io.github.cptssdk.core.internal.Surrogates;
import io.github.cptssdk.core.model.ModelDates;
import io.github.cptssdk.json.internal.ErrorMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import io.github.cptssdk.core.internal.Redaction;
import java.util.Iterator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Typed access to the fields of one JSON object, with its JSON path for errors. */
final class Fields {

  static final Messages MESSAGES = new Messages(l -> ResourceBundle.getBundle("io.github.cptssdk.json.contract.messages", l));

  /** Most digits of a number before, and after, the decimal point. */
  static final int MAX_DIGITS = 18;
  /** The largest amount of a contract, in euros: ten billion, ten thousand times the largest ACI envelope. */
  static final BigDecimal MAX_EUROS = BigDecimal.TEN.pow(10);

  private static final String DATE_EXPECTED = "date YYYY-MM-DD from " + ModelDates.MIN + " to " + ModelDates.MAX;
  private static final String DIGITS_EXPECTED = "a number with at most " + MAX_DIGITS + " digits before and after the decimal point";

  private final JsonNode node;
  private final String path;

  Fields(JsonNode node, String path) {
    if (!node.isObject()) {
      throw error("CPTS-0652", path, "object");
    }
    this.node = node;
    this.path = path;
  }

  static ContractJsonException error(String code, String path, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = path;
    System.arraycopy(args, 0, all, 1, args.length);
    return new ContractJsonException(code, path, MESSAGES.english(code, all));
  }

  /** @return the exception of a read limit exceeded (CPTS-0302..0306, messages of cpts-json) */
  static ContractJsonException limit(ErrorMapper.Problem problem) {
    return new ContractJsonException(problem.code(), problem.path(), problem.text().en() + " at " + problem.path());
  }

  /** @throws ContractJsonException CPTS-0653 for a field not in {@code allowed} */
  Fields only(Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw error("CPTS-0653", path + "." + Redaction.name(f)); // never a value typed as a field name
      }
    }
    return this;
  }

  private @Nullable JsonNode get(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v;
  }

  private JsonNode required(String field) {
    JsonNode v = get(field);
    if (v == null) {
      throw error("CPTS-0651", path + "." + field);
    }
    return v;
  }

  String text(String field) {
    JsonNode v = required(field);
    if (!v.isTextual()) {
      throw error("CPTS-0652", path + "." + field, "string");
    }
    if (Surrogates.firstUnpaired(v.asText()) >= 0) {
      throw error("CPTS-0652", path + "." + field, "text of whole Unicode characters (no unpaired surrogate)");
    }
    return v.asText();
  }

  @Nullable String optionalText(String field) {
    return get(field) == null ? null : text(field);
  }

  LocalDate date(String field) {
    try {
      LocalDate date = LocalDate.parse(text(field));
      if (ModelDates.contains(date)) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw error("CPTS-0652", path + "." + field, DATE_EXPECTED);
  }

  @Nullable LocalDate optionalDate(String field) {
    return get(field) == null ? null : date(field);
  }

  @Nullable BigDecimal optionalNumber(String field) {
    JsonNode v = get(field);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      throw error("CPTS-0652", path + "." + field, "number");
    }
    BigDecimal n;
    try {
      n = v.decimalValue();
    } catch (NumberFormatException e) {
      throw error("CPTS-0652", path + "." + field, DIGITS_EXPECTED);
    }
    // An exponent like 1e999999999 is short text but an unbounded computation later (setScale): bounded here.
    if (n.signum() != 0 && (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS)) {
      throw error("CPTS-0652", path + "." + field, DIGITS_EXPECTED);
    }
    // 1E+1 is written back as 10: read as 10 (scale 0), so that the round trip is exact (issue 17)
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  BigDecimal number(String field) {
    required(field);
    BigDecimal n = optionalNumber(field);
    return n == null ? BigDecimal.ZERO : n;
  }

  @Nullable Long optionalLong(String field) {
    BigDecimal n = optionalNumber(field);
    try {
      return n == null ? null : n.longValueExact();
    } catch (ArithmeticException e) {
      throw error("CPTS-0652", path + "." + field, "whole number");
    }
  }

  @Nullable Euros optionalEuros(String field) {
    BigDecimal n = optionalNumber(field);
    // The funding computes in cents on a long (prorata by days, tiers): bounded far above any ACI amount (issue 17)
    if (n != null && n.abs().compareTo(MAX_EUROS) > 0) {
      throw error("CPTS-0652", path + "." + field, "euros with at most two decimals, at most " + MAX_EUROS.toPlainString());
    }
    try {
      return n == null ? null : Euros.of(n);
    } catch (ArithmeticException e) {
      throw error("CPTS-0652", path + "." + field, "euros with at most two decimals");
    }
  }

  @Nullable Boolean optionalBoolean(String field) {
    JsonNode v = get(field);
    if (v != null && !v.isBoolean()) {
      throw error("CPTS-0652", path + "." + field, "true or false");
    }
    return v == null ? null : v.asBoolean();
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String t = text(field);
    try {
      return Enum.valueOf(type, t);
    } catch (IllegalArgumentException e) {
      throw error("CPTS-0652", path + "." + field, "one of " + List.of(type.getEnumConstants()));
    }
  }

  <E extends Enum<E>> @Nullable E optionalEnum(String field, Class<E> type) {
    return get(field) == null ? null : enumValue(field, type);
  }

  /** @return each element of the array {@code field} (absent: empty), read by {@code reader} */
  <T> List<T> list(String field, BiFunction<Fields, String, T> reader) {
    JsonNode v = get(field);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      throw error("CPTS-0652", path + "." + field, "array");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      String p = path + "." + field + "[" + i + "]";
      out.add(reader.apply(new Fields(v.get(i), p), p));
    }
    return out;
  }
}
