package io.github.cptssdk.core.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The README next to the bundled referential records the file's SHA-256: it must be the file's. */
class BundledResourceTest {

  @Test
  void readme_records_the_sha256_of_the_bundled_file() throws IOException, NoSuchAlgorithmException {
    byte[] data = read(ReferentialReader.RESOURCE);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    String readme = new String(read("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("sha256: " + sha).contains("version: 6.0.0");
    assertThat(data.length).isLessThan(1_000_000);
  }

  private static byte[] read(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(ReferentialReader.class.getResourceAsStream(name), name)) {
      return in.readAllBytes();
    }
  }
}
