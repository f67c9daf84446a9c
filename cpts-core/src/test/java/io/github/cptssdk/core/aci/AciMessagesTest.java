package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.aci.internal.AciMessages;
import io.github.cptssdk.core.testing.SourceCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every code used by the ACI rules has an English and a French message, and only codes of the 04xx-06xx and 14xx ranges. */
class AciMessagesTest {

  @Test
  void everyCodeUsedHasAnEnglishAndAFrenchMessage() throws IOException {
    Set<String> used = SourceCodes.inTree(SourceCodes.QUOTED_CODE, Path.of("src/main/java/io/github/cptssdk/core/aci"));
    assertThat(used).hasSizeGreaterThan(30).allMatch(c -> c.matches("CPTS-0[456]\\d\\d|CPTS-14\\d\\d"));
    Properties en = load("messages.properties");
    Properties fr = load("messages_fr.properties");
    for (String code : used) {
      assertThat(en.getProperty(code)).as(code).isNotBlank();
      assertThat(fr.getProperty(code)).as(code).isNotBlank();
    }
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(fr.keySet());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = AciMessagesTest.class.getResourceAsStream("/io/github/cptssdk/core/aci/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void frenchMessagesAreFrench() {
    assertThat(AciMessages.get().text("CPTS-0430").fr()).contains("territoire");
    assertThat(AciMessages.get().text("CPTS-0441", "ACCESS_TO_CARE", 12, "2024-01-01", 0).fr())
        .isEqualTo("la mission [ACCESS_TO_CARE] n’a pas démarré [12] jours après sa date limite de démarrage [2024-01-01]");
  }

  @Test
  void everyRuleReasonAndItemHasItsCodeAndBothLanguages() {
    Set<String> codes = new TreeSet<>();
    for (FundingRule r : FundingRule.values()) {
      assertThat(codes.add(r.code())).as("code of %s used once", r).isTrue();
      assertThat(r.text().en()).as(r.name()).isNotBlank().isNotEqualTo(r.text().fr());
    }
    for (FundingItem i : FundingItem.values()) {
      assertThat(i.label().en()).as(i.name()).isNotBlank();
      assertThat(i.label().fr()).as(i.name()).isNotBlank();
    }
    for (UnknownReason u : List.of(UnknownReason.noNationalFigure(), UnknownReason.candidatesNotAccepted("1 OBSERVED [x]"),
        UnknownReason.sourcesDisagree("1 CONFLICT [x]; 2 CONFLICT [y]"), UnknownReason.noIndicatorLines(),
        UnknownReason.lineWithoutAmount(), UnknownReason.lineNotScorable("acc-1"))) {
      assertThat(codes.add(u.code())).as("code of %s used once", u).isTrue();
      assertThat(u.text().en()).isNotEqualTo(u.text().fr());
      u.args().forEach(a -> assertThat(u.text().fr()).contains(a));
    }
  }
}
