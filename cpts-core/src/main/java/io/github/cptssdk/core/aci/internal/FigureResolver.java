package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciVersionId;
import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.EvidenceStatus;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.Figure;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingRule;
import io.github.cptssdk.core.aci.UnknownReason;
import io.github.cptssdk.core.aci.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Chooses the national amount among the candidate figures of one cell, following a {@link FigurePolicy}. */
public final class FigureResolver {

  private FigureResolver() {}

  public static Amount resolve(AciVersionId versionId, FundingItem item, List<Figure> cell, FigurePolicy policy) {
    FundingRule rule = FundingRule.NATIONAL_TABLE;
    for (Figure f : cell) {
      if (f.status() == EvidenceStatus.SUPPLIED && f.value() != null) {
        return Amount.known(Objects.requireNonNull(f.euros()),
            Provenance.of(FundingRule.SUPPLIED_TABLE, versionId, f.status(), f.sources()));
      }
    }
    for (EvidenceStatus status : FigurePolicy.PREFERENCE) {
      if (!policy.accepts(status)) {
        continue;
      }
      List<Figure> usable = cell.stream().filter(f -> f.status() == status && f.value() != null).toList();
      if (usable.isEmpty()) {
        continue;
      }
      List<Euros> values = usable.stream().map(Figure::euros).filter(Objects::nonNull).distinct().toList();
      Provenance p = Provenance.of(rule, versionId, status, sources(usable));
      if (values.size() == 1) {
        return Amount.known(values.get(0), p);
      }
      return Amount.unknown(UnknownReason.sourcesDisagree(describe(usable)), p);
    }
    return Amount.unknown(reason(cell), Provenance.of(rule, versionId, EvidenceStatus.UNKNOWN, sources(cell)));
  }

  private static UnknownReason reason(List<Figure> cell) {
    List<Figure> candidates = cell.stream().filter(f -> f.value() != null).toList();
    return candidates.isEmpty() ? UnknownReason.noNationalFigure() : UnknownReason.candidatesNotAccepted(describe(candidates));
  }

  private static String describe(List<Figure> figures) {
    return figures.stream().map(f -> f.value() + " " + f.status() + " [" + String.join(",", f.sources()) + "]")
        .collect(Collectors.joining("; "));
  }

  private static List<String> sources(List<Figure> figures) {
    return figures.stream().flatMap(f -> f.sources().stream()).distinct().toList();
  }
}
