package io.github.cptssdk.fhir;

import io.github.cptssdk.core.CptsException;

/**
 * The largest hostile FHIR texts that {@link FhirReadLimits} allow, one shape each, read by a child JVM with
 * a small heap ({@link FhirMemoryBoundTest}, issue 17). {@code main(shape, maxDocumentLength, maxValues)}
 * builds the longest text of {@code shape} within these limits, reads it with {@link FhirMapper#fromText}
 * within them, and prints one line: {@code result}
 * or {@code coded CPTS-nnnn}, the time and the heap; any other outcome (an {@link OutOfMemoryError})
 * prints {@code unexpected} and exits with 1.
 */
final class LargestInputs {

  /** The shapes: what costs HAPI most per character, and what our limits check. */
  static final String[] SHAPES = {"objects", "extensions", "strings", "numbers", "xml-extensions"};

  private LargestInputs() {}

  public static void main(String[] args) {
    String shape = args[0];
    int length = Integer.parseInt(args[1]);
    FhirReadLimits limits = FhirReadLimits.DEFAULTS.withMaxDocumentLength(length).withMaxValues(Integer.parseInt(args[2]));
    String text = build(shape, limits);
    long start = System.nanoTime();
    String outcome;
    try {
      FhirMapper.fromText(text, limits);
      outcome = "result";
    } catch (CptsException e) {
      outcome = "coded " + e.code();
    } catch (Throwable t) {
      System.out.println("unexpected " + t.getClass().getName());
      System.exit(1);
      return;
    }
    System.out.printf("%s %s: %d chars, %d ms, heap in use at the end %d MiB of %d MiB%n", outcome, shape,
        text.length(), (System.nanoTime() - start) / 1_000_000, heapInUse() >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long heapInUse() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /** @return the longest text of {@code shape} within the document length and the values of {@code limits} */
  static String build(String shape, FhirReadLimits limits) {
    int length = limits.maxDocumentLength();
    StringBuilder sb = new StringBuilder(length);
    String open;
    String item;
    String close;
    int valuesPerItem = 5;
    switch (shape) {
      case "objects" -> { // the most JSON values per character: empty objects in a bundle
        open = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{}";
        item = ",{}";
        close = "]}";
        valuesPerItem = 1;
      }
      case "extensions" -> { // the most HAPI elements per character
        open = "{\"resourceType\":\"Basic\",\"extension\":[{\"url\":\"u\"}";
        item = ",{\"url\":\"u\",\"valueInteger\":1}";
        close = "]}";
      }
      case "strings" -> { // the longest strings the limits allow
        open = "{\"resourceType\":\"Basic\",\"extension\":[{\"url\":\"u\"}";
        item = ",{\"url\":\"u\",\"valueString\":\"" + "x".repeat(FhirReadLimits.DEFAULTS.maxStringLength()) + "\"}";
        close = "]}";
      }
      case "numbers" -> { // numbers HAPI writes out in full, up to the limit of their digits
        open = "{\"resourceType\":\"Basic\",\"extension\":[{\"url\":\"u\"}";
        item = ",{\"url\":\"u\",\"valueDecimal\":1e900}";
        close = "]}";
      }
      case "xml-extensions" -> {
        open = "<Basic xmlns=\"http://hl7.org/fhir\">";
        item = "<extension url=\"u\"><valueInteger value=\"1\"/></extension>";
        close = "</Basic>";
        valuesPerItem = 4;
      }
      default -> throw new IllegalArgumentException(shape);
    }
    sb.append(open);
    long items = (limits.maxValues() - 20L) / valuesPerItem; // 20: more than the values of open and close
    for (long i = 0; i < items && sb.length() + item.length() + close.length() <= length; i++) {
      sb.append(item);
    }
    return sb.append(close).toString();
  }
}
