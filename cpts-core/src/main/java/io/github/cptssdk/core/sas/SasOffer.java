package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The unscheduled-care offer of a CPTS for the SAS: the schedules of its professionals per practice
 * site, offered through the CPTS (TRE_R66 category {@code 604}) identified by its FINESS. Immutable,
 * thread-safe.
 *
 * @param cptsFiness the CPTS's FINESS (the SAS writes {@code 1} + FINESS)
 * @param cptsName the CPTS's name
 * @param schedules the schedules; a professional has at most one per site
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SasOffer(FinessNumber cptsFiness, String cptsName, List<SasSchedule> schedules) {

  /**
   * @throws SasException {@code CPTS-1106} if the name is blank, {@code CPTS-1107} if two schedules
   *     share a professional and site or two slots share an id (path {@code schedules[i]...})
   * @param cptsFiness the cptsFiness
   * @param cptsName the cptsName
   * @param schedules the schedules
   */
  public SasOffer {
    Objects.requireNonNull(cptsFiness, "cptsFiness");
    if (Objects.requireNonNull(cptsName, "cptsName").isBlank() || !cptsName.strip().equals(cptsName)) {
      throw new SasException("CPTS-1106", "cptsName");
    }
    schedules = List.copyOf(Objects.requireNonNull(schedules, "schedules"));
    Set<String> keys = new HashSet<>();
    Set<String> slotIds = new HashSet<>();
    for (int i = 0; i < schedules.size(); i++) {
      SasSchedule s = schedules.get(i);
      if (!keys.add(s.key())) {
        throw new SasException("CPTS-1107", "schedules[" + i + "]");
      }
      for (int j = 0; j < s.slots().size(); j++) {
        if (!slotIds.add(s.slots().get(j).id())) {
          throw new SasException("CPTS-1107", "schedules[" + i + "].slots[" + j + "].id");
        }
      }
    }
  }

  /**
   * What the SAS search returns of this offer: the schedules of the professionals asked for, with their
   * free slots starting in the window ({@code start=ge from & start=le to}, both included, as INT_R04
   * queries); schedules left without a slot are dropped.
   *
   * @param search the professionals and the window
   * @return the selected offer (same CPTS)
   */
  public SasOffer select(SasSearch search) {
    Objects.requireNonNull(search, "search");
    List<SasSchedule> out = new ArrayList<>();
    for (SasSchedule s : schedules) {
      if (search.professionals().contains(s.professional())) {
        List<SasSlot> slots = s.slots().stream()
            .filter(t -> t.status() == SlotStatus.FREE && search.covers(t.time().start()))
            .toList();
        if (!slots.isEmpty()) {
          out.add(new SasSchedule(s.professional(), s.site(), s.horizon(), slots));
        }
      }
    }
    return new SasOffer(cptsFiness, cptsName, out);
  }

  /**
   * The findings on the offer: every pair of overlapping slots of one professional at one site is an
   * ERROR {@code CPTS-1103} on the later slot's path ({@code schedules[i].slots[j]}).
   *
   * @return the findings, empty when the offer is consistent
   */
  public ValidationReport findings() {
    List<ValidationIssue> issues = new ArrayList<>();
    for (int i = 0; i < schedules.size(); i++) {
      List<SasSlot> slots = schedules.get(i).slots();
      Map<SasSlot, Integer> index = new HashMap<>();
      for (int j = 0; j < slots.size(); j++) {
        index.put(slots.get(j), j);
      }
      List<SasSlot> sorted = new ArrayList<>(slots);
      sorted.sort(Comparator.comparing((SasSlot s) -> s.time().start()).thenComparing(s -> s.time().end()));
      SasSlot reach = null;
      for (SasSlot s : sorted) {
        if (reach != null && reach.time().overlaps(s.time())) {
          issues.add(ValidationIssue.error("CPTS-1103", "schedules[" + i + "].slots[" + index.get(s) + "]",
              SasMessages.text("CPTS-1103", reach.id())));
        }
        if (reach == null || s.time().end().isAfter(reach.time().end())) {
          reach = s;
        }
      }
    }
    return ValidationReport.of(issues);
  }
}
