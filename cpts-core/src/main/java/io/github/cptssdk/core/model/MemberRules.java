package io.github.cptssdk.core.model;

import static io.github.cptssdk.core.validation.Severity.ERROR;

import io.github.cptssdk.core.id.Identifier;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Duplicate checks on the members and missions of a CPTS. A duplicate is reported at the path of its
 * second (and later) occurrence, naming the path of the first one; identifier values are never quoted.
 */
final class MemberRules {

  private MemberRules() {}

  static void check(Cpts cpts, Consumer<ValidationIssue> out) {
    duplicates(cpts.professionals(), HealthProfessional::rpps, "professionals", "rpps", "CPTS-0100", out);
    duplicates(cpts.organisations(), MemberOrganisation::finess, "organisations", "finess", "CPTS-0101", out);
    duplicates(cpts.organisations(), MemberOrganisation::siret, "organisations", "siret", "CPTS-0102", out);
    duplicateMissions(cpts.missions(), out);
  }

  private static <T> void duplicates(List<T> items, Function<T, ? extends Identifier> key, String list,
      String field, String code, Consumer<ValidationIssue> out) {
    Map<Identifier, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Identifier id = key.apply(items.get(i));
      if (id == null) {
        continue;
      }
      Integer previous = first.putIfAbsent(id, i);
      if (previous != null) {
        out.accept(ModelMessages.issue(ERROR, code, path(list, i, field), path(list, previous, field)));
      }
    }
  }

  private static void duplicateMissions(List<MissionCommitment> missions, Consumer<ValidationIssue> out) {
    Map<Mission, Integer> first = new HashMap<>();
    for (int i = 0; i < missions.size(); i++) {
      Mission m = missions.get(i).mission();
      Integer previous = first.putIfAbsent(m, i);
      if (previous != null) {
        out.accept(ModelMessages.issue(ERROR, "CPTS-0103", path("missions", i, "mission"),
            path("missions", previous, "mission"), m.name()));
      }
    }
  }

  static String path(String list, int index, String field) {
    return list + "[" + index + "]" + (field.isEmpty() ? "" : "." + field);
  }
}
