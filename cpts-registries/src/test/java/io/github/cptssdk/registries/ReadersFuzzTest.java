package io.github.cptssdk.registries;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.TabularInputException;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.testing.FuzzOracle;
import io.github.cptssdk.core.testing.Uses;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.registries.annuaire.Activity;
import io.github.cptssdk.registries.annuaire.AnnuaireLayout;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.annuaire.AnnuaireWriter;
import io.github.cptssdk.registries.annuaire.SavoirFaireIndex;
import io.github.cptssdk.registries.annuaire.SyntheticAnnuaire;
import io.github.cptssdk.registries.finess.EtalabFinessReader;
import io.github.cptssdk.registries.finess.FinessPlusReader;
import io.github.cptssdk.registries.finess.FinessSite;
import io.github.cptssdk.registries.supply.CptsPlacement;
import io.github.cptssdk.registries.supply.RegistryMembers;
import io.github.cptssdk.registries.supply.Supply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The shared fuzz oracle ({@link FuzzOracle}, issue 17) on the registry readers: mutated files (bytes flipped,
 * separators, quotes and line breaks inserted, lines cut) of the Annuaire Santé activity file, the SavoirFaire
 * file, the FINESS+ JSON flow (the real ANS sample) and the legacy Etalab CSV are read with
 * {@link OnError#SKIP}; the only allowed outcomes are a result or a coded {@link TabularInputException} whose
 * message holds none of the identifiers planted in the clean file (RPPS, FINESS numbers). "Accepted, then used"
 * ({@link Uses}): the accepted activities go through the supply, the members of a CPTS, its validation and its
 * JSON round trip; the accepted sites through the supply and the CPTS placement.
 */
class ReadersFuzzTest {

  static final CommuneReferential REF = CommuneReferential.official();
  static final Territory SETE = REF.epciTerritory(io.github.cptssdk.core.id.EpciCode.parse("200066355"));
  static final Set<String> PLANTED = new TreeSet<>();
  static final byte[] CLEAN = clean();
  static final byte[] FINESS = finess();
  static final byte[] SAVOIR_FAIRE = ("Identification nationale PP|Code profession|Code type savoir-faire|Code savoir-faire|\n"
      + "810000000011|10|S|SM54|\n").getBytes(StandardCharsets.UTF_8);
  static final byte[] ETALAB = io.github.cptssdk.registries.finess.EtalabFuzzTest.clean();

  static {
    PLANTED.add("10000000011");
    Matcher m = Pattern.compile("\"num(?:FinessEge|FinessPm)\"\\s*:\\s*\"([0-9AB]{9})\"")
        .matcher(new String(FINESS, StandardCharsets.UTF_8));
    while (m.find()) {
      PLANTED.add(m.group(1));
    }
    Matcher e = Pattern.compile("\r\nstructureet;([0-9AB]{9});").matcher(new String(ETALAB, StandardCharsets.ISO_8859_1));
    while (e.find()) {
      PLANTED.add(e.group(1));
    }
  }

  /** A rejection names a row and a column (or JSON path) through the shared base, and no planted identifier. */
  static boolean located(CptsException e) {
    return e instanceof TabularInputException && e.code().matches("CPTS-10\\d\\d")
        && PLANTED.stream().noneMatch(e.getMessage()::contains);
  }

  static final FuzzOracle ANNUAIRE = new FuzzOracle("AnnuaireReader", ReadersFuzzTest::located);
  static final FuzzOracle SAVOIR = new FuzzOracle("SavoirFaireIndex", ReadersFuzzTest::located);
  static final FuzzOracle PLUS = new FuzzOracle("FinessPlusReader", ReadersFuzzTest::located);
  static final FuzzOracle CSV = new FuzzOracle("EtalabFinessReader", ReadersFuzzTest::located);

  /** What a user runs next on the accepted activities: the supply, the members by right, validation, JSON. */
  static final Uses<List<Activity>> ACTIVITY_USES = Uses.<List<Activity>>of("supply", a -> {
    Supply supply = Supply.of(REF, SETE);
    a.forEach(supply::addActivity);
    assertThat(supply.result().professions()).allSatisfy(p -> assertThat(p.professionals()).isPositive());
  }).and("members, validation and JSON round trip", a -> {
    Cpts cpts = Cpts.of(CptsId.of("cpts-fuzz"), "CPTS fuzz", SETE);
    RegistryMembers members = RegistryMembers.byRight(cpts, REF);
    a.forEach(members::addActivity);
    Cpts built = members.applyTo(cpts);
    CptsValidator.get().validate(built, REF);
    assertThat(CptsJson.readString(CptsJson.write(built))).isEqualTo(built);
  });

  /** What a user runs next on the accepted sites: the supply (closed sites too) and the CPTS placement. */
  static final Uses<List<FinessSite>> SITE_USES = Uses.<List<FinessSite>>of("supply", s -> {
    Supply supply = Supply.of(REF, REF.departmentTerritory("34")).withClosedSites(true);
    s.forEach(supply::addSite);
    supply.result();
  }).and("placement", s -> s.forEach(x -> CptsPlacement.of(REF, x)));

  static byte[] clean() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AnnuaireWriter w = AnnuaireWriter.of(out, AnnuaireLayout.Y2026)) {
      SyntheticAnnuaire.of(REF, SETE, 7).activities(60, a -> {
        PLANTED.add(a.professional().value());
        w.write(a);
      });
    }
    return out.toByteArray();
  }

  static byte[] finess() {
    try {
      return Files.readAllBytes(Path.of("..").toAbsolutePath().normalize()
          .resolve("../shared/registries/finess/sample-finess-structures-journalier-20260309.json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final byte[] SPECIALS = {'|', ';', '\n', '\r', '"', '\'', ',', ':', '{', '}', '[', ']', (byte) 0xC3, (byte) 0xE9,
      (byte) 0xFF, 0};

  static byte[] mutate(byte[] src, long seed) {
    return Mutations.mutate(src, seed, SPECIALS);
  }

  @Property(tries = 120)
  void acceptedActivitiesAreSafeForSupplyMembersValidationAndJson(@ForAll long seed) {
    byte[] input = mutate(CLEAN, seed);
    ANNUAIRE.check(seed, input, () -> {
      List<Activity> accepted = new ArrayList<>();
      AnnuaireReader.of(REF).withPolicy(OnError.SKIP).withContacts(seed % 2 == 0)
          .read(new ByteArrayInputStream(input), accepted::add);
      return accepted;
    }, ACTIVITY_USES);
  }

  @Property(tries = 100)
  void savoirFaireFilesAreReadOrRejectedWithACode(@ForAll long seed) {
    byte[] input = mutate(SAVOIR_FAIRE, seed);
    SAVOIR.check(seed, input, () -> SavoirFaireIndex.read(new ByteArrayInputStream(input), OnError.SKIP));
  }

  @Property(tries = 80)
  void acceptedFinessPlusSitesAreSafeForSupplyAndPlacement(@ForAll long seed) {
    byte[] input = mutate(FINESS, seed);
    PLUS.check(seed, input, () -> {
      List<FinessSite> accepted = new ArrayList<>();
      FinessPlusReader.of().withPolicy(OnError.SKIP).read(new ByteArrayInputStream(input), accepted::add);
      return accepted;
    }, SITE_USES);
  }

  @Property(tries = 80)
  void acceptedEtalabSitesAreSafeForSupplyAndPlacement(@ForAll long seed) {
    byte[] input = mutate(ETALAB, seed);
    CSV.check(seed, input, () -> {
      List<FinessSite> accepted = new ArrayList<>();
      EtalabFinessReader.of().withPolicy(OnError.SKIP).read(new ByteArrayInputStream(input), accepted::add);
      return accepted;
    }, SITE_USES);
  }

  @AfterContainer
  static void summary() {
    for (FuzzOracle o : List.of(ANNUAIRE, SAVOIR, PLUS, CSV)) {
      System.out.println(o);
      assertThat(o.inputs()).as(o.toString()).isPositive();
    }
    assertThat(PLANTED).as("planted identifiers").hasSizeGreaterThan(60);
    assertThat(CSV.accepted()).as("some Etalab inputs are accepted and used").isPositive();
  }
}
