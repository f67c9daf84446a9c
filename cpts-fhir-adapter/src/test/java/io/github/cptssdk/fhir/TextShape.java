package io.github.cptssdk.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.XMLEvent;

/**
 * Test oracle, independent of the adapter's scanners: the deepest nesting and the longest string of a
 * FHIR JSON text (Jackson's streaming parser) or XML text (the JDK's own StAX parser, coalescing).
 */
record TextShape(int depth, int longestString) {

  static TextShape of(String text) {
    return text.startsWith("<") ? xml(text) : json(text);
  }

  static TextShape json(String text) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).maxStringLength(Integer.MAX_VALUE).build())
        .build();
    int depth = 0;
    int longest = 0;
    try (JsonParser p = factory.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth = Math.max(depth, p.getParsingContext().getNestingDepth());
        } else if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          longest = Math.max(longest, p.getText().length());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TextShape(depth, longest);
  }

  static TextShape xml(String text) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    int depth = 0;
    int max = 0;
    int longest = 0;
    try {
      XMLEventReader r = factory.createXMLEventReader(new StringReader(text));
      while (r.hasNext()) {
        XMLEvent e = r.nextEvent();
        if (e.isStartElement()) {
          max = Math.max(max, ++depth);
          for (Iterator<Attribute> a = e.asStartElement().getAttributes(); a.hasNext(); ) {
            longest = Math.max(longest, a.next().getValue().length());
          }
        } else if (e.isEndElement()) {
          depth--;
        } else if (e.isCharacters()) {
          longest = Math.max(longest, e.asCharacters().getData().length());
        }
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return new TextShape(max, longest);
  }
}
