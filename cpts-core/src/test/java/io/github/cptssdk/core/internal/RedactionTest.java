package io.github.cptssdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void namesAreKeptValuesAreNot() {
    assertThat(Redaction.name("professionals")).isEqualTo("professionals");
    assertThat(Redaction.name("flu_vaccination")).isEqualTo("flu_vaccination");
    assertThat(Redaction.name("field123")).isEqualTo("field123");
    assertThat(Redaction.name("PID7732")).isEqualTo("?");
    assertThat(Redaction.name("1840563987412")).isEqualTo("?");
    assertThat(Redaction.name("Dupont Jean")).isEqualTo("?");
    assertThat(Redaction.name("jean.dupont@example.org")).isEqualTo("?");
    assertThat(Redaction.name(null)).isEqualTo("?");
  }

  @Test
  void thirdPartyMessagesLoseQuotedTextTagsAndLongNumbers() {
    assertThat(Redaction.text("Unrecognized token 'PID7731': was expecting (JSON String, Number)"))
        .isEqualTo("Unrecognized token '?': was expecting (JSON String, Number)");
    assertThat(Redaction.text("Unexpected close tag </Bundle>; expected </Dupont>."))
        .isEqualTo("Unexpected close tag <?>; expected <?>.");
    assertThat(Redaction.text("The value \"Dupont\" is not valid at line 3, column 14"))
        .isEqualTo("The value \"?\" is not valid at line 3, column 14");
    assertThat(Redaction.text("identifier 184056398741277 does not match")).isEqualTo("identifier ? does not match");
    assertThat(Redaction.text(null)).isEmpty();
    // an apostrophe inside a word is not a quote; one inside a quoted name does not end it
    assertThat(Redaction.text("CodeSystem is unknown and can't be validated: 'http://x/cs#A'"))
        .isEqualTo("CodeSystem is unknown and can't be validated: '?'");
    assertThat(Redaction.text("the name 'O'Brien' is not valid")).isEqualTo("the name '?' is not valid");
  }

  @Property(tries = 200)
  void noQuotedNameWithApostrophesSurvives(@ForAll @StringLength(min = 1, max = 12) @AlphaChars String first,
      @ForAll @StringLength(min = 3, max = 12) @AlphaChars String last) {
    String out = Redaction.text("the value '" + first + "'" + last + "' isn't valid");
    assertThat(out).isEqualTo("the value '?' isn't valid");
  }

  @Property(tries = 200)
  void noQuotedValueNorLongNumberSurvives(@ForAll @StringLength(min = 5, max = 20) @NumericChars String digits,
      @ForAll @StringLength(min = 1, max = 30) String text) {
    String clean = text.replace("'", "").replace("\n", "").replace("\r", "");
    String out = Redaction.text("bad value '" + clean + "' and number " + digits);
    assertThat(out).doesNotContain(digits).startsWith("bad value '?' and number");
  }
}
