package io.github.cptssdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.testing.ModelArbitraries;
import io.github.cptssdk.core.time.DateRange;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The module alone, on a user's own mapper: values as text, no polymorphic typing. */
class CptsJacksonModuleTest {

  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CptsJacksonModule()).build();

  @Provide
  Arbitrary<DateRange> ranges() {
    return ModelArbitraries.dateRange();
  }

  @Property(tries = 200)
  void dateRangeIsWrittenAsItsTextForm(@ForAll("ranges") DateRange range) throws Exception {
    String json = MAPPER.writeValueAsString(range);
    assertThat(json).isEqualTo("\"" + range + "\"");
    assertThat(MAPPER.readValue(json, DateRange.class)).isEqualTo(range);
  }

  @Provide
  Arbitrary<EpciCode> epcis() {
    return ModelArbitraries.epciCode();
  }

  @Property(tries = 100)
  void epciCodeIsAString(@ForAll("epcis") EpciCode code) throws Exception {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(code), EpciCode.class)).isEqualTo(code);
  }

  @Provide
  Arbitrary<HealthProfessional> professionals() {
    return ModelArbitraries.professional();
  }

  @Property(tries = 100)
  void recordsRoundTripThroughTheirConstructors(@ForAll("professionals") HealthProfessional p) throws Exception {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(p), HealthProfessional.class)).isEqualTo(p);
  }

  @Test
  void aClassNameInTheDocumentIsNotFollowed() {
    assertThatThrownBy(() -> MAPPER.readValue("[\"java.lang.ProcessBuilder\",{}]", HealthProfessional.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
    assertThat(MAPPER.getPolymorphicTypeValidator()).isNotNull();
  }
}
