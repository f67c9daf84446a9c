package io.github.cptssdk.registries;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.registries.annuaire.Activity;
import io.github.cptssdk.registries.annuaire.AnnuaireLayout;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.annuaire.AnnuaireWriter;
import io.github.cptssdk.registries.annuaire.SavoirFaireIndex;
import io.github.cptssdk.registries.annuaire.SyntheticAnnuaire;
import io.github.cptssdk.registries.finess.FinessPlusReader;
import io.github.cptssdk.registries.finess.FinessSite;
import io.github.cptssdk.registries.supply.CptsPlacement;
import io.github.cptssdk.registries.supply.RegistryMembers;
import io.github.cptssdk.registries.supply.Supply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * "Accepted, then used": mutated registry files (bytes flipped, separators and line breaks inserted,
 * lines cut) are read with {@link OnError#SKIP}; every accepted record then goes through the supply, the
 * members of a CPTS, its validation and its JSON round trip. The only allowed outcomes are a result or a
 * coded {@link CptsException}.
 */
class ReadersFuzzTest {

  static final CommuneReferential REF = CommuneReferential.official();
  static final Territory SETE = REF.epciTerritory(io.github.cptssdk.core.id.EpciCode.parse("200066355"));
  static final byte[] CLEAN = clean();
  static final byte[] FINESS = finess();

  static byte[] clean() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AnnuaireWriter w = AnnuaireWriter.of(out, AnnuaireLayout.Y2026)) {
      SyntheticAnnuaire.of(REF, SETE, 7).activities(60, w::write);
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

  private static final byte[] SPECIALS = {'|', '\n', '\r', '"', '\'', ',', ':', '{', '}', '[', ']', (byte) 0xC3, (byte) 0xE9, (byte) 0xFF, 0};

  static byte[] mutate(byte[] src, long seed) {
    return io.github.cptssdk.registries.Mutations.mutate(src, seed, SPECIALS);
  }

  @Property(tries = 120)
  void acceptedActivitiesAreSafeForSupplyMembersValidationAndJson(@ForAll long seed) {
    List<Activity> accepted = new ArrayList<>();
    try {
      AnnuaireReader.of(REF).withPolicy(OnError.SKIP).withContacts(seed % 2 == 0)
          .read(new ByteArrayInputStream(mutate(CLEAN, seed)), accepted::add);
    } catch (CptsException e) {
      assertThat(e.code()).matches("CPTS-10\\d\\d");
      return;
    }
    Supply supply = Supply.of(REF, SETE);
    accepted.forEach(supply::addActivity);
    assertThat(supply.result().professions()).allSatisfy(p -> assertThat(p.professionals()).isPositive());
    Cpts cpts = Cpts.of(CptsId.of("cpts-fuzz"), "CPTS fuzz", SETE);
    RegistryMembers members = RegistryMembers.byRight(cpts, REF);
    accepted.forEach(members::addActivity);
    Cpts built = members.applyTo(cpts);
    CptsValidator.get().validate(built, REF);
    assertThat(CptsJson.readString(CptsJson.write(built))).isEqualTo(built);
  }

  @Property(tries = 100)
  void savoirFaireFilesNeverCrash(@ForAll long seed) {
    String sf = "Identification nationale PP|Code profession|Code type savoir-faire|Code savoir-faire|\n810000000011|10|S|SM54|\n";
    try {
      SavoirFaireIndex.read(new ByteArrayInputStream(mutate(sf.getBytes(java.nio.charset.StandardCharsets.UTF_8), seed)), OnError.SKIP);
    } catch (CptsException e) {
      assertThat(e.code()).matches("CPTS-10\\d\\d");
    }
  }

  @Property(tries = 80)
  void acceptedFinessSitesAreSafeForSupplyAndPlacement(@ForAll long seed) {
    List<FinessSite> accepted = new ArrayList<>();
    try {
      FinessPlusReader.of().withPolicy(OnError.SKIP).read(new ByteArrayInputStream(mutate(FINESS, seed)), accepted::add);
    } catch (CptsException e) {
      assertThat(e.code()).matches("CPTS-10\\d\\d");
      return;
    }
    Supply supply = Supply.of(REF, REF.departmentTerritory("01")).withClosedSites(true);
    accepted.forEach(supply::addSite);
    supply.result();
    accepted.forEach(s -> CptsPlacement.of(REF, s));
  }
}
