package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.util.XmlUtil;
import io.github.cptssdk.fhir.FhirFormatException;
import io.github.cptssdk.fhir.FhirReadLimits;
import java.io.StringReader;
import java.util.Iterator;
import javax.xml.stream.Location;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.XMLEvent;

/**
 * Checks XML text against the nesting, string and value limits of {@link FhirReadLimits} in one pass,
 * before HAPI parses it: element depth, the text between two tags (consecutive character events summed),
 * each attribute value, and the number of elements and attributes. It reads with HAPI's own StAX reader ({@link XmlUtil#createXmlReader}: same
 * implementation and settings, no DTD, no external entities), so it accepts and rejects what HAPI's
 * parser does: at the first syntax error it stops and leaves the text to HAPI, which rejects it with
 * CPTS-0802 at the same place. Stateless.
 */
final class XmlLimitScan {

  private XmlLimitScan() {}

  /** @throws FhirFormatException CPTS-0831 or CPTS-0832 at the line and column where the limit is crossed */
  static void check(String text, FhirReadLimits limits) {
    try {
      XMLEventReader reader = XmlUtil.createXmlReader(new StringReader(text));
      try {
        scan(reader, limits);
      } finally {
        reader.close();
      }
    } catch (FhirFormatException e) {
      throw e;
    } catch (XMLStreamException | RuntimeException e) {
      // Malformed XML: HAPI's parser, on the same reader, stops at the same place with CPTS-0802.
    }
  }

  private static void scan(XMLEventReader reader, FhirReadLimits limits) throws XMLStreamException {
    int depth = 0;
    long text = 0;
    long values = 0;
    while (reader.hasNext()) {
      XMLEvent event = reader.nextEvent();
      if (event.isStartElement()) {
        text = 0;
        values += 1 + count(event.asStartElement().getAttributes());
        if (values > limits.maxValues()) {
          throw exceeded(FhirFormatException.TOO_MANY_VALUES, event.getLocation(), limits.maxValues());
        }
        if (++depth > limits.maxNestingDepth()) {
          throw exceeded(FhirFormatException.TOO_DEEP, event.getLocation(), limits.maxNestingDepth());
        }
        attributes(event.asStartElement().getAttributes(), event.getLocation(), limits);
      } else if (event.isEndElement()) {
        text = 0;
        depth--;
      } else if (event.isCharacters()) {
        text += event.asCharacters().getData().length();
        if (text > limits.maxStringLength()) {
          throw exceeded(FhirFormatException.STRING_TOO_LONG, event.getLocation(), limits.maxStringLength());
        }
      }
    }
  }

  private static int count(Iterator<Attribute> attributes) {
    int n = 0;
    for (; attributes.hasNext(); attributes.next()) {
      n++;
    }
    return n;
  }

  private static void attributes(Iterator<Attribute> attributes, Location where, FhirReadLimits limits) {
    while (attributes.hasNext()) {
      if (attributes.next().getValue().length() > limits.maxStringLength()) {
        throw exceeded(FhirFormatException.STRING_TOO_LONG, where, limits.maxStringLength());
      }
    }
  }

  private static FhirFormatException exceeded(String code, Location where, int limit) {
    return new FhirFormatException(code, "XML", where.getLineNumber(), where.getColumnNumber(), limit);
  }
}
