package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A SAS slot search (flow INT_R04): 1 to {@value #MAX_PROFESSIONALS} professionals and a time window
 * {@code [from, to]} on the slots' start. Immutable, thread-safe.
 *
 * @param professionals the professionals asked for, in request order, without duplicates
 * @param from the earliest slot start, included
 * @param to the latest slot start, included; after {@code from}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SasSearch(Set<SasProfessionalId> professionals, Instant from, Instant to) {

  /** The most identifiers one SAS request carries (IG SAS 1.2.0, INT_R04: "1 à 25 RPPS/ADELI"). */
  public static final int MAX_PROFESSIONALS = 25;

  /**
   * @throws ValidationReport.InvalidInputException with the findings of {@link #check} if the search is not valid
   * @param professionals the professionals
   * @param from the from
   * @param to the to
   */
  public SasSearch {
    Objects.requireNonNull(professionals, "professionals");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    professionals = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(professionals));
    List<String> texts = professionals.stream().map(SasProfessionalId::toString).toList();
    check(texts, from, to).orThrow();
  }

  /**
   * Reads a search from the request's identifiers (idNatPs) and window.
   *
   * @param idNatPs the identifiers as sent: {@code 8}+RPPS or {@code 0}+ADELI
   * @param from the earliest start
   * @param to the latest start
   * @return the search
   * @throws ValidationReport.InvalidInputException with the findings of {@link #check}
   */
  public static SasSearch of(List<String> idNatPs, @Nullable Instant from, @Nullable Instant to) {
    check(idNatPs, from, to).orThrow();
    Set<SasProfessionalId> ids = new LinkedHashSet<>();
    idNatPs.forEach(s -> ids.add(SasProfessionalId.parse(s)));
    return new SasSearch(ids, Objects.requireNonNull(from), Objects.requireNonNull(to));
  }

  /**
   * Checks a request: {@code CPTS-1110} no identifier or more than 25 (path {@code professionals}),
   * {@code CPTS-1100} a malformed one (path {@code professionals[i]}), {@code CPTS-1112} a window missing
   * or empty (path {@code window}).
   *
   * @param idNatPs the identifiers as sent
   * @param from the earliest start, or null if missing
   * @param to the latest start, or null if missing
   * @return the findings, empty when the request is valid
   */
  public static ValidationReport check(List<String> idNatPs, @Nullable Instant from, @Nullable Instant to) {
    Objects.requireNonNull(idNatPs, "idNatPs");
    List<ValidationIssue> issues = new ArrayList<>();
    if (idNatPs.isEmpty() || idNatPs.size() > MAX_PROFESSIONALS) {
      issues.add(ValidationIssue.error("CPTS-1110", "professionals",
          SasMessages.text("CPTS-1110", idNatPs.size(), MAX_PROFESSIONALS)));
    }
    for (int i = 0; i < idNatPs.size(); i++) {
      String id = idNatPs.get(i);
      try {
        SasProfessionalId.parse(id == null ? "" : id);
      } catch (SasException e) {
        issues.add(ValidationIssue.error(e.code(), "professionals[" + i + "]", e.localizedMessage()));
      }
    }
    if (from == null || to == null || !to.isAfter(from)) {
      issues.add(ValidationIssue.error("CPTS-1112", "window", SasMessages.text("CPTS-1112")));
    }
    return ValidationReport.of(issues);
  }

  /**
   * @param start a slot start
   * @return true if {@code from <= start <= to}
   */
  public boolean covers(Instant start) {
    return !start.isBefore(from) && !start.isAfter(to);
  }
}
