package io.github.cptssdk.registries.finess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The FINESS+ reader on the real sample published by the ANS (ansforge/finess), read from ../shared: the
 * test fails loudly if it is absent. Expected figures from ../shared/registries/finess/README.md.
 */
class FinessPlusReaderTest {

  static final Path SAMPLE = Path.of("../shared/registries/finess/sample-finess-structures-journalier-20260309.json");

  static Path sample() {
    Path p = Path.of("..").toAbsolutePath().normalize().resolve(SAMPLE).normalize();
    assertThat(p).as("the FINESS+ sample of ../shared/registries/finess (read-only, not copied)").exists();
    return p;
  }

  static List<FinessSite> read(Path file) {
    List<FinessSite> out = new ArrayList<>();
    FinessPlusReader.of().read(file, out::add);
    return out;
  }

  @Test
  void theRealSampleGivesItsSitesByCategory() {
    List<FinessSite> sites = new ArrayList<>();
    ReadSummary s = FinessPlusReader.of().read(sample(), sites::add);
    assertThat(s.rows()).isEqualTo(27);
    assertThat(s.accepted()).isEqualTo(27);
    assertThat(sites.stream().filter(FinessSite::active).count()).isEqualTo(15);
    Map<String, Long> byCategory = new TreeMap<>();
    sites.forEach(x -> byCategory.merge(x.category(), 1L, Long::sum));
    assertThat(byCategory).containsEntry("500", 6L).containsEntry("108", 3L).containsEntry("355", 2L).hasSize(15)
        .doesNotContainKeys("604", "603", "124");
  }

  @Test
  void coordinatesAreTheWgs84OnesAndEngagementsAreRead() {
    List<FinessSite> sites = read(sample());
    FinessSite convert = sites.stream().filter(x -> x.finess().value().equals("010780195")).findFirst().orElseThrow();
    assertThat(convert.location()).isEqualTo(new GeoPoint(46.211257, 5.254203));
    assertThat(convert.commune()).isEqualTo(CommuneCode.of("01053"));
    assertThat(convert.siret().value()).isEqualTo("77220148900022");
    assertThat(convert.engagements()).extracting(Engagement::type, Engagement::subType).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CONV", "ASE"));
    assertThat(sites.stream().filter(x -> x.location() != null).count()).isEqualTo(18);
    assertThat(sites).allSatisfy(x -> {
      if (x.location() != null) {
        assertThat(x.location().latitude()).isBetween(-25.0, 52.0); // mainland France and Wallis-et-Futuna
      }
    });
    assertThat(sites.stream().flatMap(x -> x.engagements().stream()).filter(e -> e.type().equals("ACI"))).isEmpty();
  }

  @Test
  void aGzippedFlowIsDetectedByItsMagicBytes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path gz = dir.resolve("finess-structures-journalier.json.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(sample()));
    }
    assertThat(read(gz)).isEqualTo(read(sample()));
  }

  @Test
  void notAStructuresFlowOrMalformedJsonIsACodedError() {
    assertThatThrownBy(() -> FinessPlusReader.of().read(in("[1,2]"), x -> { }))
        .isInstanceOf(RegistryException.class).hasMessageContaining("CPTS-1020");
    assertThatThrownBy(() -> FinessPlusReader.of().read(in("{\"pmej\": [ {\"ege\": [ }"), x -> { }))
        .isInstanceOf(RegistryException.class).hasMessageContaining("CPTS-1021");
  }

  @Test
  void aBadSiteIsNamedByItsNumberAndPathAndSkippedOnRequest() {
    String json = "{\"pmej\":[{\"informationsGeneralesPMEJ\":{\"numFinessPm\":\"010000016\"},\"ege\":["
        + "{\"informationsGeneralesEGE\":{\"numFinessEge\":\"123\"},\"categorieentiteGeographiqueExercice\":\"604\"},"
        + "{\"informationsGeneralesEGE\":{\"numFinessEge\":\"010780195\"},\"categorieentiteGeographiqueExercice\":\"604\","
        + "\"adresse\":[{\"usageAdresse\":\"03\",\"cogCommune\":\"01053\"}],\"engagement\":[{\"typeEngagement\":\"ACI\"}],\"etatObjet\":\"A\"}]}]}";
    assertThatThrownBy(() -> FinessPlusReader.of().read(in(json), x -> { }))
        .isInstanceOfSatisfying(RegistryException.class, e -> {
          assertThat(e.code()).isEqualTo("CPTS-1022");
          assertThat(e.row()).isEqualTo(1);
          assertThat(e.column()).isEqualTo("pmej[0].ege[0].informationsGeneralesEGE.numFinessEge");
        });
    List<FinessSite> sites = new ArrayList<>();
    ReadSummary s = FinessPlusReader.of().withPolicy(OnError.SKIP).read(in(json), sites::add);
    assertThat(s.rejectedByCode()).containsEntry("CPTS-1022", 1L);
    assertThat(sites).singleElement().satisfies(x -> {
      assertThat(x.hasEngagement("ACI")).isTrue();
      assertThat(x.active()).isTrue();
    });
  }

  static ByteArrayInputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

}
