package io.github.cptssdk.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.testing.IdentifierArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/** Invariants shared by every identifier: round trip, isValid = parse, messages without the value. */
class IdentifierPropertiesTest {

  @Property
  void parseOfToStringGivesAnEqualValue(@ForAll("anyIdentifier") Identifier id) {
    Statistics.label("kind").collect(id.kind());
    assertThat(IdTypes.parse(id.kind(), id.toString())).isEqualTo(id);
    assertThat(id.toString()).isEqualTo(id.value());
  }

  @Property
  void rppsRoundTrip(@ForAll("rpps") RppsNumber n) {
    assertThat(RppsNumber.parse(n.toString())).isEqualTo(n);
  }

  @Property
  void adeliRoundTrip(@ForAll("adeli") AdeliNumber n) {
    assertThat(AdeliNumber.parse(n.toString())).isEqualTo(n);
  }

  @Property
  void finessRoundTrip(@ForAll("finess") FinessNumber n) {
    assertThat(FinessNumber.parse(n.toString())).isEqualTo(n);
  }

  @Property
  void sirenRoundTrip(@ForAll("siren") Siren n) {
    assertThat(Siren.parse(n.toString())).isEqualTo(n);
  }

  @Property
  void siretRoundTripAndParts(@ForAll("siret") Siret n) {
    Statistics.label("La Poste").collect(n.isLaPoste());
    Statistics.label("La Poste").coverage(c -> c.check(true).count(k -> k > 0));
    assertThat(Siret.parse(n.toString())).isEqualTo(n);
    assertThat(n.siren().value() + n.nic()).isEqualTo(n.value());
  }

  @Property
  void communeRoundTrip(@ForAll("commune") CommuneCode n) {
    assertThat(CommuneCode.parse(n.toString())).isEqualTo(n);
  }

  @Property
  void epciRoundTrip(@ForAll("epci") EpciCode n) {
    assertThat(EpciCode.parse(n.toString())).isEqualTo(n);
    assertThat(n.siren().value()).isEqualTo(n.value());
  }

  @Property
  void spacesAreIgnoredWhenParsing(@ForAll("anyIdentifier") Identifier id, @ForAll("positions") int pos) {
    String v = id.value();
    int at = pos % (v.length() + 1);
    String spaced = " " + v.substring(0, at) + "  " + v.substring(at) + " ";
    assertThat(IdTypes.parse(id.kind(), spaced)).isEqualTo(id);
  }

  @Property
  void isValidAgreesWithTheConstructor(@ForAll("kindAndText") Tuple2<IdentifierKind, String> input) {
    IdentifierKind kind = input.get1();
    String text = input.get2();
    boolean valid = IdTypes.validator(kind).test(text);
    Statistics.label("valid").collect(valid);
    Statistics.label("valid").coverage(c -> {
      c.check(true).percentage(p -> p > 10);
      c.check(false).percentage(p -> p > 10);
    });
    if (valid) {
      assertThat(IdTypes.parse(kind, text).kind()).isEqualTo(kind);
    } else {
      assertThatThrownBy(() -> IdTypes.parse(kind, text)).isInstanceOf(InvalidIdentifierException.class);
    }
  }

  @Property
  void exceptionsNeverContainTheInput(@ForAll("kindAndInvalidText") Tuple2<IdentifierKind, String> input) {
    IdentifierKind kind = input.get1();
    String text = input.get2();
    String canonical = text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    try {
      IdTypes.parse(kind, text);
    } catch (InvalidIdentifierException e) {
      Statistics.label("reason").collect(e.reason());
      Statistics.label("reason").coverage(c -> {
        c.check(InvalidIdentifierException.Reason.FORMAT).count(k -> k > 0);
        c.check(InvalidIdentifierException.Reason.CHECK_KEY).count(k -> k > 0);
        c.check(InvalidIdentifierException.Reason.RANGE).count(k -> k > 0);
      });
      assertThat(e.kind()).isEqualTo(kind);
      assertThat(e.getMessage()).startsWith(e.code() + ": ");
      if (canonical.length() >= 5) {
        assertThat(e.getMessage()).doesNotContain(text, canonical);
        assertThat(e.localizedMessage().en()).doesNotContain(text, canonical);
        assertThat(e.localizedMessage().fr()).doesNotContain(text, canonical);
      }
      return;
    }
    throw new AssertionError("an invalid text was accepted as " + kind);
  }

  @Property
  void communeGeneratorCoversCorsicaOverseasAndArrondissements(@ForAll("commune") CommuneCode code) {
    String category = code.isCorsica() ? "Corsica" : code.isOverseas() ? "overseas"
        : code.isMunicipalArrondissement() ? "arrondissement" : "metropolitan";
    Statistics.label("commune").collect(category);
    Statistics.label("commune").coverage(c -> {
      c.check("Corsica").percentage(p -> p >= 5);
      c.check("overseas").percentage(p -> p >= 5);
      c.check("arrondissement").percentage(p -> p >= 2);
      c.check("metropolitan").percentage(p -> p >= 30);
    });
    assertThat(code.departmentCode()).hasSize(code.isOverseas() ? 3 : 2);
    assertThat(code.value()).startsWith(code.departmentCode());
  }

  @Property
  void finessGeneratorCoversCorsicaAndOverseas(@ForAll("finess") FinessNumber n) {
    String category = n.isCorsica() ? "Corsica" : n.value().startsWith("97") ? "overseas" : "metropolitan";
    Statistics.label("FINESS").collect(category);
    Statistics.label("FINESS").coverage(c -> {
      c.check("Corsica").count(k -> k > 0);
      c.check("overseas").count(k -> k > 0);
      c.check("metropolitan").count(k -> k > 0);
    });
    assertThat(n.value()).startsWith(n.departmentCode());
  }

  @Provide
  Arbitrary<Identifier> anyIdentifier() {
    return IdentifierArbitraries.anyIdentifier();
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 20);
  }

  @Provide
  Arbitrary<Tuple2<IdentifierKind, String>> kindAndText() {
    return Arbitraries.of(IdentifierKind.values()).flatMap(kind -> Arbitraries.oneOf(
        IdentifierArbitraries.identifiers(kind).map(Identifier::value),
        IdentifierArbitraries.invalidTexts(kind),
        Arbitraries.strings().withChars("0123456789AB ab").ofMaxLength(16),
        Arbitraries.strings().ofMaxLength(16)).map(text -> Tuple.of(kind, text)));
  }

  @Provide
  Arbitrary<Tuple2<IdentifierKind, String>> kindAndInvalidText() {
    return Arbitraries.of(IdentifierKind.values())
        .flatMap(kind -> IdentifierArbitraries.invalidTexts(kind).map(text -> Tuple.of(kind, text)));
  }

  @Provide
  Arbitrary<RppsNumber> rpps() {
    return IdentifierArbitraries.rppsNumbers();
  }

  @Provide
  Arbitrary<AdeliNumber> adeli() {
    return IdentifierArbitraries.adeliNumbers();
  }

  @Provide
  Arbitrary<FinessNumber> finess() {
    return IdentifierArbitraries.finessNumbers();
  }

  @Provide
  Arbitrary<Siren> siren() {
    return IdentifierArbitraries.sirens();
  }

  @Provide
  Arbitrary<Siret> siret() {
    return IdentifierArbitraries.sirets();
  }

  @Provide
  Arbitrary<CommuneCode> commune() {
    return IdentifierArbitraries.communeCodes();
  }

  @Provide
  Arbitrary<EpciCode> epci() {
    return IdentifierArbitraries.epciCodes();
  }
}
