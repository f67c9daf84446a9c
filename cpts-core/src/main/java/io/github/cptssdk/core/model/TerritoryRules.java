package io.github.cptssdk.core.model;

import static io.github.cptssdk.core.validation.Severity.ERROR;
import static io.github.cptssdk.core.validation.Severity.INFO;
import static io.github.cptssdk.core.validation.Severity.WARNING;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The territory: not empty, no city counted with its arrondissements, codes known to the referential. */
final class TerritoryRules {

  private TerritoryRules() {}

  static void check(Cpts cpts, @Nullable CommuneReferential referential, Consumer<ValidationIssue> out) {
    Optional<ValidationIssue> empty = ContractRules.emptyTerritory(cpts);
    if (empty.isPresent()) {
      out.accept(empty.get());
      return;
    }
    List<CommuneCode> codes = List.copyOf(cpts.territory().communes());
    for (int i = 0; i < codes.size(); i++) {
      CommuneCode city = codes.get(i).parentCityCode();
      if (city != null && cpts.territory().contains(city)) {
        out.accept(ModelMessages.issue(WARNING, "CPTS-0114", communePath(i), city.value()));
      }
    }
    practiceCommunes(cpts, out);
    if (referential != null) {
      known(codes, cpts.professionals(), referential, out);
    }
  }

  /** A member practising outside the territory is allowed (neighbouring professionals may join): info. */
  private static void practiceCommunes(Cpts cpts, Consumer<ValidationIssue> out) {
    List<HealthProfessional> pros = cpts.professionals();
    for (int i = 0; i < pros.size(); i++) {
      CommuneCode c = pros.get(i).practiceCommune();
      if (c != null && !cpts.territory().contains(c) && !containsParent(cpts, c)) {
        out.accept(ModelMessages.issue(INFO, "CPTS-0115", MemberRules.path("professionals", i, "practiceCommune")));
      }
    }
  }

  private static boolean containsParent(Cpts cpts, CommuneCode c) {
    CommuneCode parent = c.parentCityCode();
    return parent != null && cpts.territory().contains(parent);
  }

  private static void known(List<CommuneCode> codes, List<HealthProfessional> pros, CommuneReferential ref,
      Consumer<ValidationIssue> out) {
    for (int i = 0; i < codes.size(); i++) {
      if (ref.commune(codes.get(i)).isEmpty()) {
        out.accept(ModelMessages.issue(ERROR, "CPTS-0112", communePath(i), ref.source()));
      }
    }
    for (int i = 0; i < pros.size(); i++) {
      CommuneCode c = pros.get(i).practiceCommune();
      if (c != null && ref.commune(c).isEmpty()) {
        out.accept(ModelMessages.issue(WARNING, "CPTS-0113", MemberRules.path("professionals", i, "practiceCommune"),
            ref.source()));
      }
    }
  }

  private static String communePath(int index) {
    return "territory.communes[" + index + "]";
  }
}
