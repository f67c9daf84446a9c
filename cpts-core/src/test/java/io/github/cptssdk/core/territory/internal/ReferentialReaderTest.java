package io.github.cptssdk.core.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class ReferentialReaderTest {

  private static final String SMALL = String.join("\n",
      "#source\ttest", "#version\t1",
      "R\t76\tOccitanie", "D\t34\t76\tHérault",
      "E\t200066355\tCA\tCA Sète Agglopôle Méditerranée",
      "C\t34157\t34\t200066355\t12669\tMèze",
      "C\t34301\t34\t200066355\t45337\tSète",
      "C\t34172\t34\t\t100\tMontpellier", "");

  @Test
  void reads_a_small_referential() throws IOException {
    CommuneReferential r = new OfficialReferential(ReferentialReader.read(gzip(SMALL)));
    assertThat(r.source()).isEqualTo("test 1");
    assertThat(r.communes()).hasSize(3);
    assertThat(r.epci(EpciCode.parse("200066355")).orElseThrow().population()).isEqualTo(58_006L);
    assertThat(r.epciTerritory(EpciCode.parse("200066355"))).isEqualTo(Territory.parse("34157", "34301"));
    assertThat(r.commune(CommuneCode.of("34172")).orElseThrow().epci()).isNull();
    assertThat(r.regionTerritory("76").size()).isEqualTo(3);
    assertThat(r.municipalArrondissements()).isEmpty();
  }

  @Test
  void rejects_a_commune_of_an_unknown_department() {
    String bad = "R\t76\tOccitanie\nC\t34301\t34\t\t1\tSète\n";
    assertThatThrownBy(() -> ReferentialReader.read(gzip(bad)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[34]");
  }

  @Test
  void rejects_an_unknown_record_kind() {
    assertThatThrownBy(() -> ReferentialReader.read(gzip("X\t1\n")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[X]");
  }

  @Test
  void rejects_a_stream_that_is_not_gzip() {
    InputStream plain = new ByteArrayInputStream(SMALL.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ReferentialReader.read(plain)).isInstanceOf(ZipException.class);
  }

  @Test
  void the_unreadable_message_has_its_code() {
    assertThat(TerritoryMessages.get().english("CPTS-0200", ReferentialReader.RESOURCE, "ZipException"))
        .contains("[referential.tsv.gz]").contains("ZipException");
  }

  private static InputStream gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
