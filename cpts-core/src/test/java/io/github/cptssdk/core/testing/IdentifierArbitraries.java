package io.github.cptssdk.core.testing;

import io.github.cptssdk.core.id.AdeliNumber;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Identifier;
import io.github.cptssdk.core.id.IdentifierKind;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Shared jqwik generators of French identifiers (published in cpts-core's test-jar): valid values built
 * with the {@code withComputedKey}/{@code of} factories, Corsica, overseas and the arrondissements
 * municipaux weighted in; and invalid texts (wrong length, letters, wrong key, out-of-range department).
 *
 * <p>Real RPPS and ADELI numbers identify people: these generators only compute numbers.
 */
public final class IdentifierArbitraries {

  /** Overseas departments and collectivities of the INSEE COG, as 3-character prefixes. */
  public static final List<String> OVERSEAS_COG_PREFIXES =
      List.of("971", "972", "973", "974", "975", "976", "977", "978", "984", "986", "987", "988", "989");

  private IdentifierArbitraries() {}

  /** @return strings of {@code length} ASCII digits */
  public static Arbitrary<String> digits(int length) {
    return Arbitraries.strings().numeric().ofLength(length);
  }

  /** @return valid RPPS numbers */
  public static Arbitrary<RppsNumber> rppsNumbers() {
    return digits(10).map(RppsNumber::withComputedKey);
  }

  /** @return valid SIREN numbers */
  public static Arbitrary<Siren> sirens() {
    return digits(8).map(Siren::withComputedKey);
  }

  /** @return valid EPCI codes */
  public static Arbitrary<EpciCode> epciCodes() {
    return sirens().map(EpciCode::of);
  }

  /** @return valid SIRETs under the Luhn rule (La Poste excluded) */
  public static Arbitrary<Siret> ordinarySirets() {
    return Combinators.combine(sirens(), digits(4)).as(Siret::of).filter(s -> !s.isLaPoste());
  }

  /** @return SIRETs of La Poste under its own rule: the sum of the 14 digits is a multiple of 5 */
  public static Arbitrary<Siret> laPosteSirets() {
    return Combinators.combine(digits(4), Arbitraries.of(0, 5)).as((nic4, plus) -> {
      String payload = Siret.LA_POSTE_SIREN + nic4;
      int sum = payload.chars().map(c -> c - '0').sum();
      int key = (5 - sum % 5) % 5 + plus;
      return Siret.parse(payload + key);
    });
  }

  /** @return valid SIRETs, one in ten of La Poste */
  public static Arbitrary<Siret> sirets() {
    return Arbitraries.frequencyOf(
        Tuple.of(9, ordinarySirets()), Tuple.of(1, laPosteSirets()));
  }

  /**
   * @return department prefixes of FINESS and ADELI numbers: 2 digits (01-95 without 20), 2A/2B, and
   *     3-character overseas prefixes 971-976
   */
  public static Arbitrary<String> departmentPrefixes() {
    Arbitrary<String> metropolitan =
        Arbitraries.integers().between(1, 95).filter(n -> n != 20).map(n -> String.format("%02d", n));
    return Arbitraries.frequencyOf(
        Tuple.of(6, metropolitan),
        Tuple.of(2, Arbitraries.of("2A", "2B")),
        Tuple.of(2, Arbitraries.of("971", "972", "973", "974", "975", "976")));
  }

  /** @return valid FINESS numbers, Corsica and overseas weighted in */
  public static Arbitrary<FinessNumber> finessNumbers() {
    return Combinators.combine(departmentPrefixes(), digits(6))
        .as((prefix, rest) -> FinessNumber.withComputedKey((prefix + rest).substring(0, 8)));
  }

  /** @return valid ADELI numbers (computed), Corsica and overseas weighted in */
  public static Arbitrary<AdeliNumber> adeliNumbers() {
    return Combinators.combine(departmentPrefixes(), digits(6))
        .as((prefix, rest) -> AdeliNumber.withComputedKey((prefix + rest).substring(0, 8)));
  }

  /** @return the arrondissements municipaux: Paris 75101-75120, Lyon 69381-69389, Marseille 13201-13216 */
  public static Arbitrary<CommuneCode> municipalArrondissements() {
    List<Integer> codes = IntStream.concat(IntStream.concat(
            IntStream.rangeClosed(75101, 75120), IntStream.rangeClosed(69381, 69389)),
        IntStream.rangeClosed(13201, 13216)).boxed().toList();
    return Arbitraries.of(codes).map(n -> CommuneCode.of(Integer.toString(n)));
  }

  /** @return commune codes of a metropolitan department other than Corsica (01-95 without 20) */
  public static Arbitrary<CommuneCode> metropolitanCommuneCodes() {
    return Combinators.combine(Arbitraries.integers().between(1, 95).filter(n -> n != 20), digits(3))
        .as((d, n) -> CommuneCode.of(String.format("%02d", d) + n));
  }

  /** @return commune codes of Corsica (2A, 2B) */
  public static Arbitrary<CommuneCode> corsicanCommuneCodes() {
    return Combinators.combine(Arbitraries.of("2A", "2B"), digits(3)).as((d, n) -> CommuneCode.of(d + n));
  }

  /** @return commune codes overseas (971-978, 984, 986-989) */
  public static Arbitrary<CommuneCode> overseasCommuneCodes() {
    return Combinators.combine(Arbitraries.of(OVERSEAS_COG_PREFIXES), digits(2))
        .as((d, n) -> CommuneCode.of(d + n));
  }

  /** @return commune codes of the form of the COG, Corsica, overseas and arrondissements weighted in */
  public static Arbitrary<CommuneCode> communeCodes() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, metropolitanCommuneCodes()),
        Tuple.of(2, corsicanCommuneCodes()),
        Tuple.of(2, overseasCommuneCodes()),
        Tuple.of(1, municipalArrondissements()));
  }

  /** @return valid identifiers of {@code kind} */
  public static Arbitrary<? extends Identifier> identifiers(IdentifierKind kind) {
    return switch (kind) {
      case RPPS -> rppsNumbers();
      case ADELI -> adeliNumbers();
      case FINESS -> finessNumbers();
      case SIREN -> sirens();
      case SIRET -> sirets();
      case COMMUNE -> communeCodes();
      case EPCI -> epciCodes();
    };
  }

  /** @return valid identifiers of every kind */
  public static Arbitrary<Identifier> anyIdentifier() {
    return Arbitraries.of(IdentifierKind.values()).flatMap(k -> identifiers(k).map(Identifier.class::cast));
  }

  /** @return the length of the canonical text of {@code kind} */
  public static int length(IdentifierKind kind) {
    return switch (kind) {
      case RPPS -> 11;
      case ADELI, FINESS, SIREN, EPCI -> 9;
      case SIRET -> 14;
      case COMMUNE -> 5;
    };
  }

  /** @return digit strings of any length from 0 to 20 but the length of {@code kind} */
  public static Arbitrary<String> wrongLengthTexts(IdentifierKind kind) {
    return Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(20)
        .filter(s -> s.length() != length(kind));
  }

  /** @return valid texts of {@code kind} with one character replaced by a letter that is never valid */
  public static Arbitrary<String> textsWithLetters(IdentifierKind kind) {
    return Combinators.combine(identifiers(kind), Arbitraries.integers().between(0, 19),
            Arbitraries.of('C', 'x', 'Z', 'é', 'O'))
        .as((id, pos, letter) -> replace(id.value(), pos % id.value().length(), letter));
  }

  /**
   * @return texts of {@code kind} of the right form whose check key is wrong: the last digit of a valid
   *     number changed by 1 to 9 (La Poste excluded, its rule does not see a change by 5)
   */
  public static Arbitrary<String> wrongKeyTexts(IdentifierKind kind) {
    Arbitrary<? extends Identifier> valid = kind == IdentifierKind.SIRET ? ordinarySirets() : identifiers(kind);
    return Combinators.combine(valid, Arbitraries.integers().between(1, 9)).as((id, shift) -> {
      String v = id.value();
      int last = v.charAt(v.length() - 1) - '0';
      return replace(v, v.length() - 1, (char) ('0' + (last + shift) % 10));
    });
  }

  /** @return commune codes whose department does not exist: 00, 20, 96, 99, 970, 979, 980-983, 985 */
  public static Arbitrary<String> outOfRangeCommuneTexts() {
    return Combinators.combine(
            Arbitraries.of("00", "20", "96", "99", "970", "979", "980", "981", "982", "983", "985"), digits(3))
        .as((d, n) -> (d + n).substring(0, 5));
  }

  /** @return invalid texts of {@code kind}: wrong length, letters, and wrong key or out-of-range part */
  public static Arbitrary<String> invalidTexts(IdentifierKind kind) {
    Arbitrary<String> third = kind == IdentifierKind.COMMUNE ? outOfRangeCommuneTexts() : wrongKeyTexts(kind);
    return Arbitraries.oneOf(wrongLengthTexts(kind), textsWithLetters(kind), third);
  }

  private static String replace(String s, int pos, char c) {
    return s.substring(0, pos) + c + s.substring(pos + 1);
  }
}
