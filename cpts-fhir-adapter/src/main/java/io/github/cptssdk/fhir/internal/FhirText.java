package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import io.github.cptssdk.core.internal.Redaction;
import io.github.cptssdk.core.internal.Surrogates;
import ca.uhn.fhir.parser.IParserErrorHandler.IParseLocation;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import io.github.cptssdk.core.validation.Severity;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.fhir.FhirFormatException;
import io.github.cptssdk.fhir.FhirReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Parses FHIR JSON or XML (told apart by the first character). Unknown elements and invalid values are
 * collected as warnings ({@code CPTS-0805}, never with the value); text that is not FHIR at all throws
 * a {@link FhirFormatException} with the line and column.
 */
public final class FhirText {

  private static final Pattern JSON_POSITION = Pattern.compile("line: (\\d+), column: (\\d+)");
  private static final Pattern XML_POSITION = Pattern.compile("\\[(\\d+),(\\d+)\\]");
  /**
   * The parser's own wrapping of a message: HAPI's message codes and the names of the exceptions it chains,
   * with their positions (already reported as line and column). A user reads what is wrong, not the parser's
   * internals (found by the CLI oracle of issue 17: "HAPI-1851: DataFormatException at [[row,col ...]]: ...").
   */
  private static final Pattern PARSER_WRAPPING =
      Pattern.compile("HAPI-\\d+: |[\\w.$]+(?:Exception|Error)(?: at \\[\\[row,col [^\\]]*\\]: \\[\\d+,\\d+\\]\\])?: ?");

  /** A parsed resource and what the parser had to ignore. */
  public record Parsed(IBaseResource resource, List<ValidationIssue> issues) {}

  private FhirText() {}

  /**
   * @throws FhirFormatException if the text is not a FHIR R4 resource (CPTS-0802), exceeds a limit
   *     (CPTS-0830..0832, 0835, 0836) or holds an unpaired surrogate (CPTS-0834), checked before HAPI parses it
   */
  public static Parsed parse(String text, FhirReadLimits limits) {
    boolean xml = isXml(text);
    checkLimits(text, limits, xml);
    Collector collector = new Collector();
    IParser parser = (xml ? Contexts.r4().newXmlParser() : Contexts.r4().newJsonParser()).setParserErrorHandler(collector);
    try {
      return new Parsed(parser.parseResource(text), List.copyOf(collector.issues));
    } catch (RuntimeException e) {
      // DataFormatException, and whatever else HAPI's parser throws on broken text (an empty JSON property
      // name gave a StringIndexOutOfBoundsException): the text is not FHIR.
      throw formatError(xml ? "XML" : "JSON", e);
    }
  }

  /** @return whether the first character that is not white space is {@code <} (without copying the text) */
  private static boolean isXml(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '<';
  }

  private static void checkLimits(String text, FhirReadLimits limits, boolean xml) {
    if (text.length() > limits.maxDocumentLength()) {
      throw new FhirFormatException(FhirFormatException.TOO_LONG, xml ? "XML" : "JSON", -1, -1, limits.maxDocumentLength());
    }
    int surrogate = Surrogates.firstUnpaired(text);
    if (surrogate >= 0) {
      throw unpairedSurrogate(text, surrogate, xml ? "XML" : "JSON");
    }
    if (xml) {
      XmlLimitScan.check(text, limits);
    } else {
      JsonLimitScan.check(text, limits);
    }
  }

  /** An unpaired surrogate in the text itself (a Java string can hold one; UTF-8 cannot): CPTS-0834. */
  private static FhirFormatException unpairedSurrogate(String text, int index, String format) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new FhirFormatException(FhirFormatException.UNPAIRED_SURROGATE, format, line, index - lineStart + 1, 0);
  }

  static FhirFormatException formatError(String format, RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Matcher m = (format.equals("XML") ? XML_POSITION : JSON_POSITION).matcher(message);
    int line = -1;
    int column = -1;
    if (m.find()) {
      line = Integer.parseInt(m.group(1));
      column = Integer.parseInt(m.group(2));
    }
    // The parser's message and exception quote the offending text: keep neither (privacy, issue 7).
    return new FhirFormatException(format, line, column, Redaction.text(withoutParserWrapping(firstLine(message))), null);
  }

  static String withoutParserWrapping(String message) {
    String s = PARSER_WRAPPING.matcher(message).replaceAll("").strip();
    return s.isEmpty() ? "unreadable content" : s;
  }

  private static String firstLine(String message) {
    String s = message.replaceAll("\\s*\\R.*", "");
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  /** Collects what a lenient parse ignores. */
  private static final class Collector extends ErrorHandlerAdapter {
    private final List<ValidationIssue> issues = new ArrayList<>();

    private void add(IParseLocation where, String what) {
      String path = where == null || where.getParentElementName() == null ? "" : Redaction.name(where.getParentElementName());
      issues.add(new ValidationIssue(Severity.WARNING, "CPTS-0805", path, FhirMessages.text("CPTS-0805", path, what)));
    }

    @Override
    public void unknownElement(IParseLocation where, String name) {
      add(where, "unknown element " + Redaction.name(name));
    }

    @Override
    public void unknownAttribute(IParseLocation where, String name) {
      add(where, "unknown attribute " + Redaction.name(name));
    }

    @Override
    public void invalidValue(IParseLocation where, String value, String error) {
      add(where, "invalid value");
    }

    @Override
    public void incorrectJsonType(IParseLocation where, String name, ValueType expected, ScalarType expectedScalar,
        ValueType found, ScalarType foundScalar) {
      add(where, "element " + Redaction.name(name) + " is a JSON " + found + ", expected " + expected);
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation where, String name) {
      add(where, "element " + Redaction.name(name) + " repeats but may appear once");
    }
  }
}
