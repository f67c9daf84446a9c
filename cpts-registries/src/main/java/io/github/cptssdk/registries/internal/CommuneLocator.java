package io.github.cptssdk.registries.internal;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a practice commune from a postal code and a place name ({@code Bureau cedex} "75015 PARIS")
 * when the referential makes it unambiguous: the arrondissement of Paris, Lyon or Marseille from its
 * postal code, else the only commune of the postal code's department with that name. Immutable.
 */
public final class CommuneLocator {

  private final CommuneReferential referential;
  private final Map<String, Map<String, List<CommuneCode>>> byDepartment = new HashMap<>();

  public CommuneLocator(CommuneReferential referential) {
    this.referential = referential;
    for (Commune c : referential.communes()) {
      byDepartment.computeIfAbsent(c.departmentCode(), d -> new HashMap<>())
          .computeIfAbsent(Text.placeName(c.name()), n -> new ArrayList<>(1)).add(c.code());
    }
  }

  /** @return the commune of "POSTAL NAME" (Bureau cedex), or null */
  public CommuneCode locate(String cedex) {
    String s = cedex.strip();
    int space = s.indexOf(' ');
    return space == 5 ? locate(s.substring(0, 5), s.substring(6)) : null;
  }

  /** @return the commune of a postal code and a place name, or null when unknown or ambiguous */
  public CommuneCode locate(String postal, String name) {
    if (postal.length() != 5 || !postal.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    String place = Text.placeName(name);
    CommuneCode arrondissement = arrondissement(postal, place);
    if (arrondissement != null) {
      return arrondissement;
    }
    List<CommuneCode> found = new ArrayList<>();
    for (String d : departments(postal)) {
      found.addAll(byDepartment.getOrDefault(d, Map.of()).getOrDefault(place, List.of()));
    }
    return found.size() == 1 ? found.get(0) : null;
  }

  private CommuneCode arrondissement(String postal, String place) {
    int n = Integer.parseInt(postal.substring(3));
    String code = null;
    if (place.startsWith("PARIS") && postal.startsWith("750") && n >= 1 && n <= 20) {
      code = "751" + postal.substring(3);
    } else if (postal.equals("75116") && place.startsWith("PARIS")) {
      code = "75116";
    } else if (place.startsWith("LYON") && postal.startsWith("6900") && n >= 1 && n <= 9) {
      code = "6938" + postal.charAt(4);
    } else if (place.startsWith("MARSEILLE") && postal.startsWith("130") && n >= 1 && n <= 16) {
      code = "132" + postal.substring(3);
    }
    return code != null && referential.commune(CommuneCode.of(code)).isPresent() ? CommuneCode.of(code) : null;
  }

  private static List<String> departments(String postal) {
    if (postal.startsWith("97") || postal.startsWith("98")) {
      return List.of(postal.substring(0, 3));
    }
    if (postal.startsWith("20")) {
      return List.of("2A", "2B");
    }
    return List.of(postal.substring(0, 2));
  }
}
