package io.github.cptssdk.core.territory;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An EPCI à fiscalité propre (communauté de communes, d'agglomération, urbaine, métropole).
 *
 * @param code its SIREN
 * @param name its name
 * @param type its legal type as published (CC, CA, CU, METRO, MET69)
 * @param members its member communes, sorted
 * @param population sum of the populations of its communes
 */
@API(status = STABLE, since = "0.1")
public record Epci(EpciCode code, String name, String type, List<CommuneCode> members, long population) {

  /**
   * @param code the SIREN
   * @param name the name
   * @param type the legal type
   * @param members the member communes (copied)
   * @param population the population
   * @throws NullPointerException if a component is null
   */
  public Epci {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    members = List.copyOf(members);
  }
}
