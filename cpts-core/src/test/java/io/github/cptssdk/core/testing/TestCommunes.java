package io.github.cptssdk.core.testing;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import java.util.List;

/**
 * Tiny in-memory referentials for tests ({@link CommuneReferential#builder}): each commune in department
 * {@code code[0..2]}, region "00", population 1000.
 */
public final class TestCommunes {

  private TestCommunes() {}

  /** @return a referential knowing {@code codes} (no EPCI) */
  public static CommuneReferential of(String... codes) {
    return CommuneReferential.of("test communes", List.of(codes).stream().map(c -> commune(c, null)).toList());
  }

  /** @return a referential knowing one EPCI and its member communes */
  public static CommuneReferential ofEpci(String epci, List<String> members) {
    EpciCode code = EpciCode.parse(epci);
    return CommuneReferential.builder("test communes").addAll(members.stream().map(c -> commune(c, code)).toList())
        .epciName(code, "EPCI " + epci, "CA").build();
  }

  private static Commune commune(String code, EpciCode epci) {
    CommuneCode c = CommuneCode.of(code);
    return new Commune(c, "Commune " + c, Commune.Kind.COMMUNE, c.departmentCode(), "00", epci, null, 1000);
  }
}
