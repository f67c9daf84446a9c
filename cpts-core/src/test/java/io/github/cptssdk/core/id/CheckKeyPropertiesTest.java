package io.github.cptssdk.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import io.github.cptssdk.core.testing.IdentifierArbitraries;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * What the check keys detect, stated as properties: every single-digit substitution, every adjacent
 * transposition of different digits except the Luhn blind spot {@code 09 <-> 90}, and the blind spots
 * themselves (Luhn's 09/90, La Poste's change by 5) as executable statements for auditors.
 */
class CheckKeyPropertiesTest {

  /** Kinds whose key covers every character (the department prefix aside for FINESS and ADELI). */
  private static final Set<IdentifierKind> KEYED = EnumSet.complementOf(EnumSet.of(IdentifierKind.COMMUNE));

  @Property
  void everySingleDigitSubstitutionIsRejectedWithCheckKey(@ForAll("keyedIdentifier") Identifier id) {
    String v = id.value();
    for (int pos = firstCheckedPosition(id); pos < v.length(); pos++) {
      for (char d = '0'; d <= '9'; d++) {
        if (d != v.charAt(pos)) {
          String mutated = v.substring(0, pos) + d + v.substring(pos + 1);
          assertThat(IdTypes.reasonOf(id.kind(), mutated))
              .as("%s with position %d changed", id.kind(), pos)
              .isIn(expectedReasons(id, pos));
        }
      }
    }
  }

  @Property
  void everyAdjacentTranspositionIsRejectedExceptZeroNine(@ForAll("keyedIdentifier") Identifier id) {
    String v = id.value();
    for (int pos = firstCheckedPosition(id); pos + 1 < v.length(); pos++) {
      char a = v.charAt(pos);
      char b = v.charAt(pos + 1);
      if (a != b && !isZeroNine(a, b)) {
        String swapped = v.substring(0, pos) + b + a + v.substring(pos + 2);
        assertThat(IdTypes.reasonOf(id.kind(), swapped))
            .as("%s with positions %d and %d swapped", id.kind(), pos, pos + 1)
            .isIn(expectedReasons(id, pos));
      }
    }
  }

  /**
   * The known Luhn blind spot, stated for auditors: swapping an adjacent {@code 0} and {@code 9} leaves
   * the Luhn sum unchanged (0 doubled is 0, 9 doubled is 18, digit sum 9), so the swapped number is
   * accepted. This holds for RPPS, SIREN, SIRET (outside La Poste), EPCI and FINESS/ADELI numbers.
   */
  @Property
  void luhnBlindSpot_swappingAdjacent09And90IsNotDetected(@ForAll("withZeroNinePair") Identifier id) {
    String v = id.value();
    int pos = zeroNinePosition(v, pairSearchStart(id.kind()));
    Statistics.label("kind").collect(id.kind());
    String swapped = v.substring(0, pos) + v.charAt(pos + 1) + v.charAt(pos) + v.substring(pos + 2);
    assertThat(swapped).isNotEqualTo(v);
    assertThat(IdTypes.validator(id.kind()).test(swapped)).as("%s swapped at %d", id.kind(), pos).isTrue();
  }

  /**
   * La Poste's rule (digit sum multiple of 5) is blind to a digit changed by 5 and to every
   * transposition: stated here so that nobody mistakes it for a check as strong as Luhn.
   */
  @Property
  void laPosteBlindSpot_digitChangedByFiveIsNotDetected(
      @ForAll("laPoste") Siret siret, @ForAll("nicPositions") int pos) {
    String v = siret.value();
    char changed = (char) ('0' + (v.charAt(pos) - '0' + 5) % 10);
    String mutated = v.substring(0, pos) + changed + v.substring(pos + 1);
    assertThat(Siret.isValid(mutated)).isTrue();
    assertThat(Siret.isValid(v.substring(0, pos) + v.charAt(pos + 1) + v.charAt(pos) + v.substring(pos + 2)))
        .isTrue();
  }

  private static int firstCheckedPosition(Identifier id) {
    return id.value().length() > 1 && DepartmentPart.isCorsica(id.value()) ? 2 : 0;
  }

  /** In the department prefix of FINESS and ADELI, a change may also give a department out of range. */
  private static Set<Reason> expectedReasons(Identifier id, int pos) {
    boolean prefix = pos < 2 && (id.kind() == IdentifierKind.FINESS || id.kind() == IdentifierKind.ADELI);
    return prefix ? EnumSet.of(Reason.CHECK_KEY, Reason.RANGE) : EnumSet.of(Reason.CHECK_KEY);
  }

  private static boolean isZeroNine(char a, char b) {
    return (a == '0' && b == '9') || (a == '9' && b == '0');
  }

  /** Where the generator put the pair: after the SIREN part of a SIRET, after a FINESS department. */
  private static int pairSearchStart(IdentifierKind kind) {
    return kind == IdentifierKind.SIRET ? 9 : kind == IdentifierKind.FINESS ? 2 : 0;
  }

  private static int zeroNinePosition(String v, int from) {
    for (int i = from; i + 1 < v.length(); i++) {
      if (isZeroNine(v.charAt(i), v.charAt(i + 1))) {
        return i;
      }
    }
    throw new AssertionError("no adjacent 0 and 9");
  }

  @Provide
  Arbitrary<Identifier> keyedIdentifier() {
    return Arbitraries.of(KEYED).flatMap(kind -> kind == IdentifierKind.SIRET
        ? IdentifierArbitraries.ordinarySirets().map(Identifier.class::cast)
        : IdentifierArbitraries.identifiers(kind).map(Identifier.class::cast));
  }

  /** Valid numbers with an adjacent "09" or "90" placed before the key, outside the department prefix. */
  @Provide
  Arbitrary<Identifier> withZeroNinePair() {
    Arbitrary<String> pair = Arbitraries.of("09", "90");
    Arbitrary<Identifier> rpps = Combinators.combine(IdentifierArbitraries.digits(8), pair, index(8))
        .as((d, p, i) -> RppsNumber.withComputedKey(insert(d, p, i)));
    Arbitrary<Identifier> siren = Combinators.combine(IdentifierArbitraries.digits(6), pair, index(6))
        .as((d, p, i) -> Siren.withComputedKey(insert(d, p, i)));
    Arbitrary<Identifier> siret = Combinators.combine(IdentifierArbitraries.sirens(), IdentifierArbitraries.digits(2),
            pair, index(2))
        .as((s, d, p, i) -> Siret.of(s, insert(d, p, i)))
        .filter(s -> !s.isLaPoste()).map(Identifier.class::cast);
    Arbitrary<Identifier> finess = Combinators.combine(IdentifierArbitraries.departmentPrefixes(),
            IdentifierArbitraries.digits(4), pair)
        .as((dep, d, p) -> FinessNumber.withComputedKey((dep + p + d).substring(0, 8)));
    return Arbitraries.oneOf(rpps, siren, siret, finess);
  }

  @Provide
  Arbitrary<Siret> laPoste() {
    return IdentifierArbitraries.laPosteSirets();
  }

  @Provide
  Arbitrary<Integer> nicPositions() {
    return Arbitraries.integers().between(9, 12);
  }

  private static Arbitrary<Integer> index(int max) {
    return Arbitraries.integers().between(0, max);
  }

  private static String insert(String digits, String pair, int index) {
    return digits.substring(0, index) + pair + digits.substring(index);
  }
}
