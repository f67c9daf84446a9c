package io.github.cptssdk.desk.internal;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.desk.AgeBand;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.Proximity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The free places of the GPs of one matching, indexed by commune, EPCI and territory. Not thread-safe. */
final class Slots {

  private final List<GpCapacity> capacities;
  private final int[] remaining;
  private final Map<CommuneCode, SlotList> byCommune = new HashMap<>();
  private final Map<String, SlotList> byEpci = new HashMap<>();
  private final SlotList all;
  /** Position of each slot in its commune's and its EPCI's list (-1: none). */
  private final int[] inCommune;
  private final int[] inEpci;
  private final String[] epciOfSlot;
  private final boolean[][] accepts = new boolean[AgeBand.values().length][2];

  Slots(List<GpCapacity> capacities, Function<CommuneCode, String> epciOf) {
    this.capacities = capacities;
    int n = capacities.size();
    remaining = new int[n];
    inCommune = new int[n];
    inEpci = new int[n];
    epciOfSlot = new String[n];
    Map<CommuneCode, List<Integer>> communes = new HashMap<>();
    Map<String, List<Integer>> epcis = new HashMap<>();
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      GpCapacity c = capacities.get(i);
      remaining[i] = c.newPatients();
      identity[i] = i;
      List<Integer> inC = communes.computeIfAbsent(c.commune(), k -> new ArrayList<>());
      inCommune[i] = inC.size();
      inC.add(i);
      String e = epciOf.apply(c.commune());
      epciOfSlot[i] = e;
      inEpci[i] = -1;
      if (!e.isEmpty()) {
        List<Integer> inE = epcis.computeIfAbsent(e, k -> new ArrayList<>());
        inEpci[i] = inE.size();
        inE.add(i);
      }
      for (AgeBand b : AgeBand.values()) {
        accepts[b.ordinal()][0] |= c.accepts(b, false);
        accepts[b.ordinal()][1] |= c.accepts(b, true);
      }
    }
    all = new SlotList(identity);
    communes.forEach((k, v) -> byCommune.put(k, new SlotList(v.stream().mapToInt(Integer::intValue).toArray())));
    epcis.forEach((k, v) -> byEpci.put(k, new SlotList(v.stream().mapToInt(Integer::intValue).toArray())));
  }

  GpCapacity capacity(int slot) {
    return capacities.get(slot);
  }

  /** @return the list of a ring, or null if the ring is empty */
  SlotList ring(Proximity p, CommuneCode commune, String epci) {
    switch (p) {
      case SAME_COMMUNE:
        return byCommune.get(commune);
      case SAME_EPCI:
        return epci.isEmpty() ? null : byEpci.get(epci);
      default:
        return all;
    }
  }

  /** Takes a place in the first live slot of {@code list} that allows the request; @return the slot or -1. */
  int take(SlotList list, AgeBand band, boolean homeVisit, Set<?> declined) {
    int n = list.slots.length;
    for (int i = list.live(0); i < n; i = list.live(i + 1)) {
      int slot = list.slots[i];
      GpCapacity c = capacities.get(slot);
      if (c.accepts(band, homeVisit) && (declined.isEmpty() || !declined.contains(c.gp()))) {
        if (--remaining[slot] == 0) {
          full(slot);
        }
        return slot;
      }
    }
    return -1;
  }

  private void full(int slot) {
    GpCapacity c = capacities.get(slot);
    byCommune.get(c.commune()).kill(inCommune[slot]);
    if (inEpci[slot] >= 0) {
      byEpci.get(epciOfSlot[slot]).kill(inEpci[slot]);
    }
    all.kill(slot);
  }

  /** @return true if some slot of the period (full or not) allows the request and did not decline it */
  boolean anyAccepts(AgeBand band, boolean homeVisit, Set<?> declined) {
    if (declined.isEmpty()) {
      return accepts[band.ordinal()][homeVisit ? 1 : 0];
    }
    return capacities.stream().anyMatch(c -> c.accepts(band, homeVisit) && !declined.contains(c.gp()));
  }
}
