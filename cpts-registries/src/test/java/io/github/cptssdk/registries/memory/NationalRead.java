package io.github.cptssdk.registries.memory;

import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.annuaire.AnnuaireLayout;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.annuaire.SyntheticAnnuaire;
import io.github.cptssdk.registries.supply.Supply;
import io.github.cptssdk.registries.supply.SupplyOfCare;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link ConstantMemoryTest}: generates an Annuaire activity file of {@code persons}
 * professionals spread over every commune of France (streamed to disk), then reads it (on every available
 * processor, in byte ranges, and on one thread) into the supply of care of one department. Prints the rows,
 * the file size and the peak heap used. Exit 0 on success.
 */
public final class NationalRead {

  private NationalRead() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int persons = Integer.parseInt(args[1]);
    CommuneReferential ref = CommuneReferential.official();
    Territory france = Territory.of(ref.communes().stream().map(Commune::code).toList());
    long written = SyntheticAnnuaire.of(ref, france, 2026).write(file, persons, AnnuaireLayout.Y2026, false, null);
    long[] peaks = new long[2];
    long professionals = -1;
    for (int threads : new int[] {Runtime.getRuntime().availableProcessors(), 1}) {
      resetPeaks();
      Supply supply = Supply.of(ref, ref.departmentTerritory("34"));
      ReadSummary s = AnnuaireReader.of(ref).withParallelism(threads).read(file, supply::addActivity);
      SupplyOfCare result = supply.result();
      if (s.rows() != written || s.rejected() != 0) {
        throw new IllegalStateException("read " + s.rows() + " rows of " + written + ", rejected " + s.rejected());
      }
      long n = result.professions().stream().mapToLong(p -> p.professionals()).sum();
      if (professionals >= 0 && n != professionals) {
        throw new IllegalStateException("the parallel and one-thread reads disagree");
      }
      professionals = n;
      peaks[threads == 1 ? 1 : 0] = peakHeap();
    }
    System.out.printf("rows %d, file %d MiB, heap max %d MiB, peak heap used %d MiB (parallel) %d MiB (one thread)%n",
        written, Files.size(file) >> 20, Runtime.getRuntime().maxMemory() >> 20, peaks[0] >> 20, peaks[1] >> 20);
    Files.delete(file);
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
