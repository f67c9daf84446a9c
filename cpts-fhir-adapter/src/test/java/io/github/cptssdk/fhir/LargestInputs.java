package io.github.cptssdk.fhir;

import io.github.cptssdk.core.CptsException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The largest hostile FHIR texts that {@link FhirReadLimits} allow, one shape each, read by a child JVM with
 * a small heap ({@link FhirMemoryBoundTest}, issue 17). {@code main(maxDocumentLength, maxValues, shape...)}
 * builds, for each shape in turn, the longest text of that shape within these limits, reads it with
 * {@link FhirMapper#fromText} within them, and prints one line: {@code result} or {@code coded CPTS-nnnn},
 * the shape, the characters and values of the text, the time, the heap in use before the read (the text and
 * HAPI's context once created) and its peak during the read; any other outcome (an {@link OutOfMemoryError})
 * prints {@code unexpected} and exits with 1.
 */
final class LargestInputs {

  /** The shapes: what costs HAPI most per character, and what our limits check. */
  static final String[] SHAPES = {"objects", "extensions", "strings", "numbers", "xml-extensions", "mixed"};

  /** A text and the values it holds, as {@link FhirReadLimits#maxValues()} counts them. */
  record Text(String text, long values) {}

  private LargestInputs() {}

  public static void main(String[] args) {
    FhirReadLimits limits = FhirReadLimits.DEFAULTS.withMaxDocumentLength(Integer.parseInt(args[0]))
        .withMaxValues(Integer.parseInt(args[1]));
    for (int i = 2; i < args.length; i++) {
      read(args[i], limits);
    }
  }

  private static void read(String shape, FhirReadLimits limits) {
    Text text = build(shape, limits);
    // What the read takes, from the text in memory on: the builder's copy of the text is garbage by now.
    System.gc();
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    String outcome;
    try {
      FhirMapper.fromText(text.text(), limits);
      outcome = "result";
    } catch (CptsException e) {
      outcome = "coded " + e.code();
    } catch (Throwable t) {
      System.out.println("unexpected " + shape + ": " + t.getClass().getName());
      System.exit(1);
      return;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%s %s: %d chars, %d values, %d ms, heap in use before the read %d MiB, peak while reading"
        + " at most %d MiB (old generation %d MiB) of %d MiB%n", outcome, shape, text.text().length(), text.values(),
        millis, before >> 20, peak(false) >> 20, peak(true) >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  /**
   * @param oldOnly only the pool that survivors are promoted to (what stays live across collections)
   * @return the sum of the peaks of the heap's pools since their reset: at least the heap ever in use at once
   */
  private static long peak(boolean oldOnly) {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      boolean old = pool.getName().contains("Old") || pool.getName().contains("Tenured");
      if (pool.getType() == MemoryType.HEAP && (old || !oldOnly)) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * @return the worst of both: the longest strings the length leaves room for (bundle entries' {@code fullUrl}),
   *     then empty entries up to the values limit
   */
  private static Text mixed(FhirReadLimits limits) {
    String open = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{}";
    String close = "]}";
    long objects = limits.maxValues() - 20L - 3L * (limits.maxDocumentLength() / (long) limits.maxStringLength());
    long room = limits.maxDocumentLength() - open.length() - close.length() - 3 * objects;
    String string = ",{\"fullUrl\":\"" + "x".repeat(limits.maxStringLength()) + "\"}";
    StringBuilder sb = new StringBuilder(limits.maxDocumentLength()).append(open);
    long values = 8;
    for (long used = 0; used + string.length() <= room; used += string.length()) {
      sb.append(string);
      values += 3;
    }
    for (long i = 0; i < objects && sb.length() + 3 + close.length() <= limits.maxDocumentLength(); i++) {
      sb.append(",{}");
      values++;
    }
    return new Text(sb.append(close).toString(), values);
  }

  /** @return the longest text of {@code shape} within the document length and the values of {@code limits} */
  static Text build(String shape, FhirReadLimits limits) {
    int length = limits.maxDocumentLength();
    StringBuilder sb = new StringBuilder(length);
    String open;
    String item;
    String close;
    int openValues;
    int valuesPerItem = 5;
    if (shape.equals("mixed")) {
      return mixed(limits);
    }
    switch (shape) {
      case "objects" -> { // the most JSON values per character: empty objects in a bundle
        open = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{}";
        item = ",{}";
        close = "]}";
        openValues = 8;
        valuesPerItem = 1;
      }
      case "extensions" -> { // the most HAPI elements per character
        open = "{\"resourceType\":\"Basic\",\"extension\":[{\"url\":\"u\"}";
        item = ",{\"url\":\"u\",\"valueInteger\":1}";
        close = "]}";
        openValues = 8;
      }
      case "strings" -> { // the longest strings the limits allow
        open = "{\"resourceType\":\"Basic\",\"extension\":[{\"url\":\"u\"}";
        item = ",{\"url\":\"u\",\"valueString\":\"" + "x".repeat(FhirReadLimits.DEFAULTS.maxStringLength()) + "\"}";
        close = "]}";
        openValues = 8;
      }
      case "numbers" -> { // numbers HAPI writes out in full, up to the limit of their digits
        open = "{\"resourceType\":\"Basic\",\"extension\":[{\"url\":\"u\"}";
        item = ",{\"url\":\"u\",\"valueDecimal\":1e900}";
        close = "]}";
        openValues = 8;
      }
      case "xml-extensions" -> {
        open = "<Basic xmlns=\"http://hl7.org/fhir\">";
        item = "<extension url=\"u\"><valueInteger value=\"1\"/></extension>";
        close = "</Basic>";
        openValues = 1; // the namespace declaration is not an attribute
        valuesPerItem = 4;
      }
      default -> throw new IllegalArgumentException(shape);
    }
    sb.append(open);
    long items = (limits.maxValues() - 20L) / valuesPerItem; // 20: more than the values of open and close
    long written = 0;
    while (written < items && sb.length() + item.length() + close.length() <= length) {
      sb.append(item);
      written++;
    }
    return new Text(sb.append(close).toString(), openValues + written * valuesPerItem);
  }
}
