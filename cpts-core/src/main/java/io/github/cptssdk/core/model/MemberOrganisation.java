package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Siret;
import java.util.Objects;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An organisation member of a CPTS, identified by FINESS or SIRET (at least one).
 *
 * @param name the name of the organisation
 * @param kind its kind
 * @param finess its FINESS number, if any
 * @param siret its SIRET number, if any
 */
@API(status = STABLE, since = "0.1")
public record MemberOrganisation(
    @NotBlank @Size(max = Cpts.MAX_NAME_LENGTH) String name, OrganisationKind kind, @Nullable FinessNumber finess, @Nullable Siret siret) {

  /**
   * @param name the name
   * @param kind the kind
   * @param finess the FINESS number, or null
   * @param siret the SIRET number, or null
   * @throws IllegalArgumentException if the name is blank or neither FINESS nor SIRET is given
   */
  public MemberOrganisation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (finess == null && siret == null) {
      throw new IllegalArgumentException("a member organisation needs a FINESS or a SIRET number");
    }
  }
}
