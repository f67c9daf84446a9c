package io.github.cptssdk.registries.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * French labels of the NOS code systems TRE_G15 (professions) and TRE_R66 (FINESS categories), bundled as
 * {@code tre-g15.tsv} and {@code tre-r66.tsv} (extracted from ../shared/fhir/nos, versions named in the files).
 */
public final class Labels {

  private static final Map<String, String> PROFESSIONS = load("tre-g15.tsv");
  private static final Map<String, String> CATEGORIES = load("tre-r66.tsv");

  private Labels() {}

  /** @return the TRE_G15 label of a profession code, or empty */
  public static String profession(String code) {
    return PROFESSIONS.getOrDefault(code, "");
  }

  /** @return the TRE_R66 label of a category code, or empty */
  public static String category(String code) {
    return CATEGORIES.getOrDefault(code, "");
  }

  private static Map<String, String> load(String name) {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = Labels.class.getResourceAsStream("/io/github/cptssdk/registries/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in the cpts-registries jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          out.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
