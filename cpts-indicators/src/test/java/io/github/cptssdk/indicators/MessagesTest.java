package io.github.cptssdk.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.SourceCodes;
import io.github.cptssdk.indicators.internal.IndicatorMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every code used in the sources has an English and a French message, in this module's range. */
class MessagesTest {

  @Test
  void everyCodeUsedHasBothMessages() throws IOException {
    Set<String> used = SourceCodes.inTree(SourceCodes.QUOTED_CODE, Path.of("src/main/java"));
    assertThat(used).isNotEmpty().allMatch(c -> c.compareTo("CPTS-0700") >= 0 && c.compareTo("CPTS-0799") <= 0);
    Set<String> en = Collections.list(IndicatorMessages.get().englishBundle().getKeys()).stream().collect(java.util.stream.Collectors.toSet());
    Set<String> fr = Collections.list(IndicatorMessages.get().frenchBundle().getKeys()).stream().collect(java.util.stream.Collectors.toSet());
    assertThat(en).containsAll(used);
    assertThat(fr).containsAll(used);
    assertThat(fr).isEqualTo(en);
    for (String code : en) {
      assertThat(IndicatorMessages.get().text(code, 2, "col", 3).fr()).doesNotContain("{");
    }
  }

  @Test
  void everyIndicatorHasAFrenchAndAnEnglishLabel() {
    for (Indicator i : Indicator.values()) {
      assertThat(i.labelFr()).as(i.name()).isNotBlank().isNotEqualTo(i.labelEn());
      assertThat(i.labelEn()).as(i.name()).isNotBlank();
    }
    assertThat(Indicator.NO_MT_17_PLUS.labelFr()).isEqualTo("Patients de 17 ans et plus sans médecin traitant");
    assertThat(Indicator.CERVICAL_SCREENING.labelFr()).isEqualTo("Dépistage du cancer du col de l'utérus (25-65 ans)");
  }
}
