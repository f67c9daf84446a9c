package io.github.cptssdk.examples;

import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.finess.FinessPlusReader;
import io.github.cptssdk.registries.supply.GeneralPractitioner;
import io.github.cptssdk.registries.supply.Supply;
import io.github.cptssdk.registries.supply.SupplyOfCare;
import java.nio.file.Path;
import java.util.List;

/** The supply of care of a territory from the Annuaire Santé extraction and FINESS+ (README of cpts-registries). */
public final class RegistriesExample {

  private RegistriesExample() {}

  /**
   * @param annuaire an Annuaire Santé activity file
   * @param finess a FINESS+ structures flow
   * @return the supply of care of Sète Agglopôle Méditerranée
   */
  public static SupplyOfCare supply(Path annuaire, Path finess) {
    // tag::supply[]
    CommuneReferential referential = CommuneReferential.official();
    Territory thau = referential.epciTerritory(EpciCode.parse("200066355"));

    Supply supply = Supply.of(referential, thau); // replacements and closed sites excluded
    ReadSummary read = AnnuaireReader.of(referential)
        .withPolicy(OnError.SKIP) // or STRICT (the default): the first bad row throws
        .read(annuaire, supply::addActivity);
    FinessPlusReader.of().read(finess, supply::addSite); // .json or .json.gz

    SupplyOfCare result = supply.result();
    result.generalPractitioners(); // distinct GPs: profession 10 with SM26, SM53 or SM54
    result.professions();          // by TRE_G15 code: professionals, liberal, salaried, per10000
    result.structures();           // open FINESS sites by TRE_R66 category
    read.rejectedByCode();         // skipped rows by error code; read.encoding(): UTF_8 or WINDOWS_1252
    // end::supply[]
    return result;
  }

  /**
   * @param annuaire an Annuaire Santé activity file
   * @return the general practitioners of Sète Agglopôle Méditerranée with their practice communes
   */
  public static List<GeneralPractitioner> generalPractitioners(Path annuaire) {
    CommuneReferential referential = CommuneReferential.official();
    Territory thau = referential.epciTerritory(EpciCode.parse("200066355"));
    // tag::gps[]
    // (rpps, practiceCommune, liberal): one entry per GP and commune of the territory
    List<GeneralPractitioner> gps = Supply.generalPractitioners(AnnuaireReader.of(referential), annuaire, referential, thau);
    // end::gps[]
    return gps;
  }
}
