package io.github.cptssdk.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Real public identifiers of organisations (never of people: RPPS and ADELI numbers identify
 * professionals, so only computed ones are used), with where each was read.
 */
class IdentifierExamplesTest {

  /**
   * FINESS numbers of well-known hospitals and sites, all Luhn-valid, which is the evidence for the key
   * rule: AP-HP EJ and Pitié-Salpêtrière ET (DREES SAE 2024 scripts), AP-HM and HCL EJ (PMSI scripts
   * excluding the APHP/APHM/HCL duplicates), 010003812/010003820 (npm package "finess", FINESS open data
   * of data.gouv.fr), 250003530 (OpenStreetMap wiki, FINESS category 620 "pharmacie d'officine").
   */
  @ParameterizedTest
  @CsvSource({
    "750712184, 75", "750100125, 75", "130786049, 13", "690781810, 69",
    "010003812, 01", "010003820, 01", "250003530, 25"})
  void realFinessNumbersAreAccepted(String text, String department) {
    FinessNumber finess = FinessNumber.parse(text);
    assertThat(finess.departmentCode()).isEqualTo(department);
    assertThat(finess.isCorsica()).isFalse();
    assertThat(FinessNumber.parse("75 071 218 4")).isEqualTo(FinessNumber.parse("750712184"));
  }

  /**
   * Corsican FINESS numbers published by the préfectures (recueils des actes administratifs: Corse-du-Sud
   * n°2A-2025-178 of 24 December 2025; Haute-Corse n°2B-2024-02-015 of 29 February 2024 and
   * n°2B-2024-07-003 of 4 July 2024) and the Humanis directory (2A0000022). Their keys are what shows
   * that 2A is read as 21 and 2B as 22.
   */
  @ParameterizedTest
  @CsvSource({
    "2A0000170, 2A", "2A0000386, 2A", "2A0002606, 2A", "2A0000022, 2A",
    "2B0000020, 2B", "2B0005342, 2B", "2B0004246, 2B", "2B0000442, 2B", "2B0003107, 2B", "2B0003057, 2B",
    "2B0004238, 2B", "2B0000939, 2B", "2B0003628, 2B", "2B0003073, 2B", "2B0000459, 2B", "2B0001341, 2B"})
  void realCorsicanFinessNumbersAreAccepted(String text, String department) {
    FinessNumber finess = FinessNumber.parse(text);
    assertThat(finess.isCorsica()).isTrue();
    assertThat(finess.departmentCode()).isEqualTo(department);
    assertThat(CheckDigits.luhnValid(DepartmentPart.keyDigits(text))).isTrue();
    // the first version's guess, 2A/2B read as 20, rejected every one of them
    assertThat(CheckDigits.luhnValid("20" + text.substring(2))).isFalse();
  }

  @Test
  void aRealFinessNumberWithAnotherKeyIsRejected() {
    assertThatThrownBy(() -> FinessNumber.parse("750712185"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.code()).isEqualTo("CPTS-0002");
          assertThat(e.kind()).isEqualTo(IdentifierKind.FINESS);
        });
  }

  /** SIREN 732 829 320 and its establishment 00074 (French Wikipedia, "Système d'identification du répertoire des établissements"). */
  @Test
  void wikipediaSiretExample() {
    Siret siret = Siret.parse("732 829 320 00074");
    assertThat(siret.siren()).isEqualTo(Siren.parse("732829320"));
    assertThat(siret.nic()).isEqualTo("00074");
    assertThat(siret.isLaPoste()).isFalse();
  }

  /** The head office of La Poste is the only Luhn-valid La Poste SIRET (same source). */
  @Test
  void laPosteHeadOfficeIsAccepted() {
    Siret headOffice = Siret.parse("35600000000048");
    assertThat(headOffice.isLaPoste()).isTrue();
    assertThat(headOffice.siren().value()).isEqualTo(Siret.LA_POSTE_SIREN);
  }

  @Test
  void laPosteEstablishmentsFollowTheDigitSumRule() {
    // 3+5+6 + 0+0+0+1 + key 5: sum 20, a multiple of 5, but not Luhn-valid
    assertThat(Siret.isValid("35600000000015")).isTrue();
    assertThat(CheckDigits.luhnValid("35600000000015")).isFalse();
    assertThat(Siret.isValid("35600000000016")).isFalse();
  }

  @Test
  void anotherCompanyIsNotGrantedTheLaPosteRule() {
    // digit sum 45 is a multiple of 5, but the SIREN is not La Poste's and the Luhn key is wrong
    assertThat(Siret.isValid("73282932000072")).isFalse();
  }

  @Test
  void siretWithAnInvalidSirenPartIsRejectedEvenIfLuhnValidOnFourteenDigits() {
    // 000000001 is not a valid SIREN; 00000000100008 is Luhn-valid on its 14 digits
    assertThat(CheckDigits.luhnValid("00000000100008")).isTrue();
    assertThat(Siret.isValid("00000000100008")).isFalse();
  }

  /**
   * SIRENs of EPCI used as their codes by INSEE and geo.api.gouv.fr: Métropole de Lyon, Montpellier
   * Méditerranée Métropole, Métropole du Grand Paris, Toulouse Métropole, Aix-Marseille-Provence.
   */
  @ParameterizedTest
  @ValueSource(strings = {"200046977", "243400017", "200054781", "243100518", "200054807"})
  void realEpciCodesAreAccepted(String text) {
    EpciCode epci = EpciCode.parse(text);
    assertThat(epci.siren()).isEqualTo(Siren.parse(text));
    assertThat(epci.kind()).isEqualTo(IdentifierKind.EPCI);
  }

  @Test
  void computedRppsAndAdeliNumbersFollowTheirKeys() {
    RppsNumber rpps = RppsNumber.withComputedKey("1000000000");
    assertThat(rpps.value()).isEqualTo("10000000009");
    AdeliNumber adeli = AdeliNumber.withComputedKey("34601234");
    assertThat(AdeliNumber.isValid(adeli.value())).isTrue();
    assertThat(adeli.departmentCode()).isEqualTo("34");
    assertThat(AdeliNumber.withComputedKey("2a601234").value()).startsWith("2A");
  }
}
