package io.github.cptssdk.registries.annuaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.TextEncoding;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Annuaire reader on hand-made lines shaped like both real layouts, one pitfall (section 1.5) per test. */
class AnnuaireReaderTest {

  static final CommuneReferential REF = CommuneReferential.official();
  static final String RPPS = RppsNumber.withComputedKey("1000000001").value();

  static String header(AnnuaireLayout layout) {
    return String.join("|", layout.header()) + "|\n";
  }

  /** A 2026 line: the given values by 2026 label, every other column empty, the trailing |. */
  static String line(AnnuaireLayout layout, java.util.Map<String, String> values) {
    StringBuilder b = new StringBuilder();
    for (String label : layout.header()) {
      b.append(values.getOrDefault(label, "")).append('|');
    }
    return b.append('\n').toString();
  }

  static java.util.Map<String, String> gp(String rpps, String commune) {
    java.util.Map<String, String> v = new java.util.HashMap<>();
    v.put("Type d'identifiant PP", "8");
    v.put("Identifiant PP", rpps);
    v.put("Identification nationale PP", "8" + rpps);
    v.put("Nom d'exercice", "NOM D'ESSAI \"X\"");
    v.put("Code profession", "10");
    v.put("Libellé profession", "Médecin");
    v.put("Code type savoir-faire", "S");
    v.put("Code savoir-faire", "SM54");
    v.put("Code mode exercice", "L");
    v.put("Code commune (coord. structure)", commune);
    v.put("Libellé Voie (coord. structure)", "RUE D'AMIENS");
    v.put("Code genre d'activité", "GENR01");
    return v;
  }

  static List<Activity> read(AnnuaireReader reader, String text, Charset cs, List<ReadSummary> summary) {
    List<Activity> out = new ArrayList<>();
    summary.add(reader.read(new ByteArrayInputStream(text.getBytes(cs)), out::add));
    return out;
  }

  @Test
  void readsTheLayoutOf2026WithBomTrailingPipeAndQuotesAsData() {
    String text = "\uFEFF" + header(AnnuaireLayout.Y2026) + line(AnnuaireLayout.Y2026, gp(RPPS, "34301"));
    List<ReadSummary> s = new ArrayList<>();
    List<Activity> rows = read(AnnuaireReader.of(REF).withContacts(true), text, StandardCharsets.UTF_8, s);
    assertThat(AnnuaireLayout.Y2026.header()).hasSize(56);
    assertThat(rows).singleElement().satisfies(a -> {
      assertThat(a.rpps()).contains(RppsNumber.parse(RPPS));
      assertThat(a.isGeneralPractitioner()).isTrue();
      assertThat(a.commune()).isEqualTo(CommuneCode.of("34301"));
      assertThat(a.contact().lastName()).isEqualTo("NOM D'ESSAI \"X\"");
      assertThat(a.toString()).doesNotContain("ESSAI");
    });
    assertThat(s.get(0).encoding()).isEqualTo(TextEncoding.UTF_8);
  }

  @Test
  void readsTheLayoutOf2021ByItsDriftingLabels() {
    String header = header(AnnuaireLayout.Y2021);
    assertThat(AnnuaireLayout.Y2021.header()).hasSize(52).contains("Code Département (structure)", "Libellé civilité d'exercice");
    java.util.Map<String, String> v = gp(RPPS, "34301");
    String text = header + line(AnnuaireLayout.Y2021, v);
    List<Activity> rows = read(AnnuaireReader.of(REF), text, StandardCharsets.UTF_8, new ArrayList<>());
    assertThat(rows).singleElement().satisfies(a -> {
      assertThat(a.genre()).isEmpty();
      assertThat(a.contact()).isNull();
    });
  }

  @Test
  void columnsAreResolvedByNormalisedLabelNotByPosition() {
    String text = "CODE COMMUNE (coord structure)|identifiant  pp|TYPE D’IDENTIFIANT PP|code profession|Code mode d exercice|Code Mode Exercice|Unknown|\n"
        + "34301|" + RPPS + "|8|60||S|x|\n";
    List<Activity> rows = read(AnnuaireReader.of(REF), text, StandardCharsets.UTF_8, new ArrayList<>());
    assertThat(rows).singleElement().satisfies(a -> {
      assertThat(a.profession()).isEqualTo("60");
      assertThat(a.isSalaried()).isTrue();
    });
  }

  @Test
  void aMissingRequiredColumnIsOneErrorNamingIt() {
    String text = "Type d'identifiant PP|Identifiant PP|Code profession|Code commune (coord. structure)|\n";
    assertThatThrownBy(() -> read(AnnuaireReader.of(REF), text, StandardCharsets.UTF_8, new ArrayList<>()))
        .isInstanceOf(RegistryException.class).hasMessageContaining("CPTS-1000").hasMessageContaining("[Code mode exercice]");
  }

  @Test
  void windows1252IsDetectedAndNotCorrupted() {
    String text = header(AnnuaireLayout.Y2026) + line(AnnuaireLayout.Y2026, gp(RPPS, "34301"));
    List<ReadSummary> s = new ArrayList<>();
    List<Activity> rows = read(AnnuaireReader.of(REF).withContacts(true), text.replace("NOM D'ESSAI", "HÉLÈNE"),
        Charset.forName("windows-1252"), s);
    assertThat(rows.get(0).contact().lastName()).startsWith("HÉLÈNE");
    assertThat(s.get(0).encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
    assertThat(s.get(0).windows1252Rows()).isEqualTo(1);
  }

  @Test
  void anEmptyCommuneIsResolvedFromBureauCedexOnlyWhenUnambiguous() {
    java.util.Map<String, String> paris = gp(RPPS, "");
    paris.put("Bureau cedex (coord. structure)", "75015 PARIS");
    java.util.Map<String, String> unknown = gp(RPPS, "");
    unknown.put("Bureau cedex (coord. structure)", "34000 NOWHERE");
    String text = header(AnnuaireLayout.Y2026) + line(AnnuaireLayout.Y2026, paris) + line(AnnuaireLayout.Y2026, unknown);
    List<ReadSummary> s = new ArrayList<>();
    List<Activity> rows = read(AnnuaireReader.of(REF), text, StandardCharsets.UTF_8, s);
    assertThat(rows.get(0).commune()).isEqualTo(CommuneCode.of("75115"));
    assertThat(rows.get(0).city()).isEqualTo(CommuneCode.of("75056"));
    assertThat(rows.get(1).commune()).isNull();
    assertThat(s.get(0).unplaced()).isEqualTo(1);
  }

  @Test
  void aWrongKeyIsARowErrorNamingRowAndColumnNeverTheValue() {
    String bad = RPPS.substring(0, 10) + ((RPPS.charAt(10) - '0' + 1) % 10);
    String text = header(AnnuaireLayout.Y2026) + line(AnnuaireLayout.Y2026, gp(RPPS, "34301"))
        + line(AnnuaireLayout.Y2026, gp(bad, "34301"));
    assertThatThrownBy(() -> read(AnnuaireReader.of(REF), text, StandardCharsets.UTF_8, new ArrayList<>()))
        .isInstanceOfSatisfying(RegistryException.class, e -> {
          assertThat(e.code()).isEqualTo("CPTS-1003");
          assertThat(e.row()).isEqualTo(3);
          assertThat(e.column()).isEqualTo("Identifiant PP");
          assertThat(e.getMessage()).doesNotContain(bad).doesNotContain("ESSAI");
        });
    List<ReadSummary> s = new ArrayList<>();
    assertThat(read(AnnuaireReader.of(REF).withPolicy(OnError.SKIP), text, StandardCharsets.UTF_8, s)).hasSize(1);
    assertThat(s.get(0).rejectedByCode()).containsEntry("CPTS-1003", 1L);
  }

  @Test
  void theSavoirFaireFileIsJoinedOnTheNationalIdentifier() {
    String text = "Type d'identifiant PP|Identifiant PP|Identification nationale PP|Code profession|Code mode exercice|Code commune (coord. structure)|\n"
        + "8|" + RPPS + "|8" + RPPS + "|10|L|34301|\n";
    String sf = "Identification nationale PP|Code profession|Code type savoir-faire|Code savoir-faire|\n8" + RPPS + "|10|S|SM53|\n";
    SavoirFaireIndex index = SavoirFaireIndex.read(new ByteArrayInputStream(sf.getBytes(StandardCharsets.UTF_8)), OnError.STRICT);
    List<Activity> rows = read(AnnuaireReader.of(REF).withSavoirFaire(index), text, StandardCharsets.UTF_8, new ArrayList<>());
    assertThat(rows.get(0).savoirFaire()).containsExactly(new SavoirFaire("S", "SM53"));
    assertThat(rows.get(0).isGeneralPractitioner()).isTrue();
  }
}
