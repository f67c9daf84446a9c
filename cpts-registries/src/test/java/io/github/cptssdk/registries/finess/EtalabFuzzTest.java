package io.github.cptssdk.registries.finess;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.supply.CptsPlacement;
import io.github.cptssdk.registries.supply.Supply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * "Accepted, then used" for the legacy Etalab reader: mutated files (bytes flipped, separators, quotes and
 * line breaks inserted, cut) are read with {@link OnError#SKIP}; every accepted site then goes through the
 * supply and the CPTS placement. The only allowed outcomes are a result or a coded {@link CptsException}.
 */
public class EtalabFuzzTest {

  /** Made by jqwik. */
  public EtalabFuzzTest() {}

  static final CommuneReferential REF = CommuneReferential.official();
  static final byte[] CLEAN = clean();

  /** @return a clean Etalab file of 30 sites (Windows-1252), for the fuzz suites */
  public static byte[] clean() {
    EtalabFixture f = new EtalabFixture();
    String[] communes = {"34301", "34213", "97411", "97123", "98611", "2A004", "01053"};
    for (int i = 0; i < 30; i++) {
      String c = communes[i % communes.length];
      f.add(new FinessSite(FinessNumber.withComputedKey((c.startsWith("9") ? c.substring(0, 3) + "0000" : c.substring(0, 2) + "00000") + i % 10),
          null, null, null, "SITE \"" + i + "\"; É", i % 3 == 0 ? FinessSite.CPTS : "603", io.github.cptssdk.core.id.CommuneCode.of(c),
          EtalabFinessReaderTest.position(io.github.cptssdk.core.id.CommuneCode.of(c), i / 30.0, 1 - i / 30.0), null, null, List.of(), true));
    }
    return f.bytes(EtalabFixture.WINDOWS_1252);
  }

  private static final byte[] SPECIALS = {';', '\n', '\r', '"', '\'', ',', '.', '-', (byte) 0xC3, (byte) 0xE9, (byte) 0xFF, 0};

  static byte[] mutate(byte[] src, long seed) {
    return io.github.cptssdk.registries.Mutations.mutate(src, seed, SPECIALS);
  }

  @Property(tries = 150)
  void acceptedSitesAreSafeForSupplyAndPlacement(@ForAll long seed) throws Exception {
    Path file = EtalabFinessReaderTest.file(mutate(CLEAN, seed));
    List<FinessSite> accepted = new ArrayList<>();
    try {
      EtalabFinessReader.of().withPolicy(OnError.SKIP).read(file, accepted::add);
    } catch (CptsException e) {
      assertThat(e.code()).matches("CPTS-10\\d\\d");
      return;
    } finally {
      Files.deleteIfExists(file);
    }
    Supply supply = Supply.of(REF, REF.departmentTerritory("34")).withClosedSites(true);
    accepted.forEach(supply::addSite);
    supply.result();
    accepted.forEach(s -> CptsPlacement.of(REF, s));
  }
}
