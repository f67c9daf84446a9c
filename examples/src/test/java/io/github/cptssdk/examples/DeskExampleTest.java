package io.github.cptssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.desk.MatchResult;
import org.junit.jupiter.api.Test;

class DeskExampleTest {

  @Test
  void theAldRequestGetsThePlace() {
    MatchResult r = DeskExample.month();
    assertThat(r.proposals()).singleElement().satisfies(p -> {
      assertThat(p.request().value()).isEqualTo("DT-0002");
      assertThat(p.explanation()).contains("priority [ALD], waiting 9 days", "same commune");
    });
    assertThat(r.waiting()).singleElement().satisfies(w -> assertThat(w.explanation()).contains("full"));
  }
}
