package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.AciRulesException;
import io.github.cptssdk.core.aci.AciVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the shipped rule data once: {@code index.tsv} then each version file it lists. */
public final class OfficialRules {

  private static final String DIR = "/io/github/cptssdk/core/aci/";

  private OfficialRules() {}

  private static final class Holder {
    static final AciRules INSTANCE = load();
  }

  public static AciRules get() {
    return Holder.INSTANCE;
  }

  private static AciRules load() {
    List<AciVersion> versions = new ArrayList<>();
    for (String line : read("index.tsv").split("\\R")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        versions.add(AciVersion.parse(read(line.strip())));
      }
    }
    return AciRules.of(versions);
  }

  /** @return the text of a shipped rule data file */
  public static String read(String name) {
    try (InputStream in = OfficialRules.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new AciRulesException("CPTS-0403", AciMessages.get().english("CPTS-0403", name, "file not found"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AciRulesException("CPTS-0403", AciMessages.get().english("CPTS-0403", name, e.getMessage()), e);
    }
  }
}
