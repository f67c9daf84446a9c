package io.github.cptssdk.registries.finess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Etalab reader on the shared byte scanner: RFC 4180 records spanning lines, a stream read as a file,
 * the bound of the geolocation join (CPTS-1061), and a quote left open under {@link OnError#SKIP}.
 */
class EtalabStreamingTest {

  static String structure(String payload, int field, String value) {
    String[] f = EtalabFinessReaderTest.structure();
    f[1] = FinessNumber.withComputedKey(payload).value();
    f[field] = value;
    return EtalabFixture.line(f);
  }

  static String geolocation(String payload) {
    return EtalabFixture.line("geolocalisation", FinessNumber.withComputedKey(payload).value(), "700000", "6600000",
        "1,IGN,LAMBERT_93", "2026-05-04");
  }

  @Test
  void aQuotedFieldHoldsSeparatorsDoubledQuotesAndLineBreaksOfEitherKind() {
    List<String> lines = List.of(EtalabFixture.line("finess", "etalab", "3", "2026-05-04"),
        structure("34000001", 9, "RUE \"DU PORT\";\r\nBATIMENT A\nESCALIER 2"),
        structure("34000002", 3, "MSP \"LES AIRES\";\nSETE"),
        geolocation("34000002"));
    Path p = EtalabFinessReaderTest.file(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    List<FinessSite> sites = new ArrayList<>();
    ReadSummary s = EtalabFinessReader.of().read(p, sites::add);
    assertThat(s.rows()).isEqualTo(3);
    assertThat(s.accepted()).isEqualTo(3);
    assertThat(sites).extracting(FinessSite::name).containsExactly("NOM", "MSP \"LES AIRES\";\nSETE");
    assertThat(sites.get(0).location()).isNull();
    assertThat(sites.get(1).location()).isNotNull();
    assertThat(sites.get(1).location().latitude()).isBetween(46.49, 46.51);
  }

  @Test
  void aStreamGivesWhatTheFileGivesAndIsNotClosed() throws IOException {
    EtalabFixture f = new EtalabFixture();
    for (int i = 0; i < 20; i++) {
      f.add(EtalabFinessReaderTest.site("3400" + String.format("%04d", i), "603", "34301",
          i % 3 == 0 ? null : new GeoPoint(43.40 + i / 1000.0, 3.69)));
    }
    byte[] bytes = f.bytes(EtalabFixture.WINDOWS_1252);
    List<FinessSite> fromFile = new ArrayList<>();
    ReadSummary file = EtalabFinessReader.of().read(EtalabFinessReaderTest.file(bytes), fromFile::add);
    List<FinessSite> fromStream = new ArrayList<>();
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ReadSummary stream = EtalabFinessReader.of().read(in, fromStream::add);
    assertThat(fromStream).isEqualTo(fromFile).hasSize(20);
    assertThat(stream).isEqualTo(file);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void aStreamThatFailsIsCpts1042NamingTheStream() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk");
      }
    };
    assertThatThrownBy(() -> EtalabFinessReader.of().read(failing, s -> {})).isInstanceOfSatisfying(RegistryException.class,
        e -> assertThat(e.code()).isEqualTo("CPTS-1042"));
    Path missing = EtalabFinessReaderTest.DIR.resolve("no-such-etalab.csv");
    assertThatThrownBy(() -> EtalabFinessReader.of().read(missing, s -> {})).isInstanceOfSatisfying(RegistryException.class,
        e -> assertThat(e.getMessage()).startsWith("CPTS-1042").contains("no-such-etalab.csv").doesNotContain("target"));
  }

  @Test
  void theJoinHoldsAtMostItsBoundOfPositionsUnderEitherPolicy() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      lines.add(structure("3400000" + i, 3, "NOM"));
    }
    for (int i = 1; i <= 3; i++) {
      lines.add(geolocation("3400000" + i));
    }
    Path p = EtalabFinessReaderTest.file(EtalabFixture.utf8(lines));
    List<FinessSite> sites = new ArrayList<>();
    EtalabFinessReader.of().withMaxPositions(3).read(p, sites::add);
    assertThat(sites).allSatisfy(s -> assertThat(s.location()).isNotNull());
    for (OnError policy : OnError.values()) {
      assertThatThrownBy(() -> EtalabFinessReader.of().withMaxPositions(2).withPolicy(policy).read(p, s -> {}))
          .isInstanceOfSatisfying(RegistryException.class,
              e -> assertThat(List.of(e.code(), e.row(), e.column())).containsExactly("CPTS-1061", 7L, "nofinesset"));
    }
    assertThat(EtalabFinessReader.MAX_POSITIONS).isEqualTo(500_000);
  }

  @Test
  void aQuoteLeftOpenIsOneBadRecordRunningToTheEnd() throws IOException {
    List<String> lines = List.of(structure("34000001", 3, "NOM"), "structureet;\"never closed;" + FinessNumber.withComputedKey("34000002").value(),
        structure("34000003", 3, "NOM"));
    Path p = EtalabFinessReaderTest.file(EtalabFixture.utf8(lines));
    List<FinessSite> sites = new ArrayList<>();
    ReadSummary s = EtalabFinessReader.of().withPolicy(OnError.SKIP).read(p, sites::add);
    assertThat(sites).hasSize(1);
    assertThat(s.rows()).isEqualTo(2);
    assertThat(s.rejectedByCode()).containsExactly(java.util.Map.entry("CPTS-1051", 1L));
    assertThatThrownBy(() -> EtalabFinessReader.of().read(p, x -> {})).isInstanceOfSatisfying(RegistryException.class,
        e -> assertThat(List.of(e.code(), e.row())).containsExactly("CPTS-1051", 3L));
    Files.deleteIfExists(p);
  }

  @Test
  void aMalformedQuoteInTheMiddleNamesItsColumnAndTheFieldsAfterItAreCounted() {
    String bad = structure("34000001", 9, "PLACEHOLDER").replace("PLACEHOLDER", "\"RUE\"X");
    RegistryException e = EtalabFinessReaderTest.failure(bad);
    assertThat(List.of(e.code(), e.row(), e.column())).containsExactly("CPTS-1052", 3L, "voie");
    String shortBad = "structureet;\"RUE\"X;1;2";
    assertThat(EtalabFinessReaderTest.failure(shortBad).code()).isEqualTo("CPTS-1051");
    String geo = EtalabFixture.line("geolocalisation", FinessNumber.withComputedKey("34000001").value(), "PLACEHOLDER",
        "6600000", "1,IGN,LAMBERT_93", "2026-05-04").replace("PLACEHOLDER", "\"700000\"0");
    RegistryException g = EtalabFinessReaderTest.failure(geo);
    assertThat(List.of(g.code(), g.column())).containsExactly("CPTS-1052", "coordxet");
  }
}
