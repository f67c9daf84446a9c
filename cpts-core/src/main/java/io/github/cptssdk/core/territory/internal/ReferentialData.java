package io.github.cptssdk.core.territory.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.Department;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Region;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The content of a referential as read from its resource, before indexing.
 *
 * @param source what the data is, e.g. {@code @etalab/decoupage-administratif 6.0.0}
 * @param regions regions, sorted by code
 * @param departments departments, sorted by code
 * @param epcis EPCI with their members and populations, sorted by code
 * @param communes current communes, sorted by code
 * @param arrondissements arrondissements municipaux, sorted by code
 */
@API(status = INTERNAL, since = "0.1")
public record ReferentialData(
    String source,
    List<Region> regions,
    List<Department> departments,
    List<Epci> epcis,
    List<Commune> communes,
    List<Commune> arrondissements) {

  public ReferentialData {
    Objects.requireNonNull(source, "source");
    regions = List.copyOf(regions);
    departments = List.copyOf(departments);
    epcis = List.copyOf(epcis);
    communes = List.copyOf(communes);
    arrondissements = List.copyOf(arrondissements);
  }
}
