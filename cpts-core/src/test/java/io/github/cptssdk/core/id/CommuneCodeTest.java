package io.github.cptssdk.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.IdentifierArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** INSEE commune codes: departments, overseas, arrondissements municipaux (INSEE COG). */
class CommuneCodeTest {

  @ParameterizedTest
  @CsvSource({
    "75056, 75, false, false", "2A004, 2A, false, true", "2B033, 2B, false, true", "34172, 34, false, false",
    "97101, 971, true, false", "97411, 974, true, false", "97611, 976, true, false", "97502, 975, true, false",
    "97701, 977, true, false", "97801, 978, true, false", "98411, 984, true, false", "98611, 986, true, false",
    "98735, 987, true, false", "98818, 988, true, false", "98901, 989, true, false", "01001, 01, false, false",
    "95127, 95, false, false"})
  void realCommuneCodes(String text, String department, boolean overseas, boolean corsica) {
    CommuneCode code = CommuneCode.parse(text);
    assertThat(code.departmentCode()).isEqualTo(department);
    assertThat(code.isOverseas()).isEqualTo(overseas);
    assertThat(code.isCorsica()).isEqualTo(corsica);
    assertThat(code.isMunicipalArrondissement()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"00001", "20004", "96001", "99100", "97001", "97901", "98001", "98301", "98501"})
  void departmentsThatDoNotExistAreOutOfRange(String text) {
    assertThat(IdTypes.reasonOf(IdentifierKind.COMMUNE, text)).isEqualTo(InvalidIdentifierException.Reason.RANGE);
  }

  @ParameterizedTest
  @CsvSource({
    "75101, 75056", "75120, 75056", "69381, 69123", "69389, 69123", "13201, 13055", "13216, 13055"})
  void arrondissementsKnowTheirCity(String arrondissement, String city) {
    CommuneCode code = CommuneCode.parse(arrondissement);
    assertThat(code.isMunicipalArrondissement()).isTrue();
    assertThat(code.parentCityCode()).isEqualTo(CommuneCode.parse(city));
  }

  @ParameterizedTest
  @ValueSource(strings = {"75100", "75121", "75056", "69380", "69390", "69123", "13200", "13217", "13055", "2A101"})
  void neighboursOfArrondissementsAreNot(String text) {
    CommuneCode code = CommuneCode.parse(text);
    assertThat(code.isMunicipalArrondissement()).isFalse();
    assertThat(code.parentCityCode()).isNull();
  }

  @Test
  void codesAreOrderedByText() {
    assertThat(CommuneCode.parse("01001")).isLessThan(CommuneCode.parse("2A004"));
    assertThat(CommuneCode.parse("2B033")).isLessThan(CommuneCode.parse("30007"));
  }

  @Property
  void everyArrondissementHasACityThatIsNotAnArrondissement(@ForAll("arrondissements") CommuneCode code) {
    CommuneCode city = code.parentCityCode();
    assertThat(city).isNotNull();
    assertThat(city.isMunicipalArrondissement()).isFalse();
    assertThat(city.departmentCode()).isEqualTo(code.departmentCode());
  }

  @Provide
  Arbitrary<CommuneCode> arrondissements() {
    return IdentifierArbitraries.municipalArrondissements();
  }
}
