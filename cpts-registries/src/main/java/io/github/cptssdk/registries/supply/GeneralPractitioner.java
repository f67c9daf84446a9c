package io.github.cptssdk.registries.supply;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A general practitioner (DREES definition) practising in a commune of a territory: one entry per
 * practitioner and commune. For the médecin-traitant tools: who can take patients, where.
 *
 * @param rpps the RPPS number
 * @param practiceCommune the commune of practice (an arrondissement of Paris, Lyon or Marseille as published)
 * @param liberal true if the practitioner has a libéral activity in that commune
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GeneralPractitioner(RppsNumber rpps, CommuneCode practiceCommune, boolean liberal) {

  /**
   * @param rpps the RPPS
   * @param practiceCommune the commune
   * @param liberal whether libéral there
   */
  public GeneralPractitioner {
    Objects.requireNonNull(rpps, "rpps");
    Objects.requireNonNull(practiceCommune, "practiceCommune");
  }
}
