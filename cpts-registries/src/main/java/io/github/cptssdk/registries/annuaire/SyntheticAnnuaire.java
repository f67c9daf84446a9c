package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.AdeliNumber;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Identifier;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.registries.RegistryException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of synthetic Annuaire Santé activities and files, shaped exactly like the real
 * extraction (both layouts), for tests, the demo and benchmarks. No real person: names are {@code NOMnnnn},
 * numbers are computed with valid keys. Professionals practise in the communes of a territory, weighted by
 * population, and the file carries every pitfall of section 1.5 of ../shared/domain/registries-sas-spark.md:
 * several rows per person (sites, and specialties repeated in the same file), the drifting labels of the
 * 2021 layout, the trailing {@code |}, apostrophes and double quotes as data, empty commune codes with the
 * place in {@code Bureau cedex} (arrondissements of Paris, Lyon, Marseille), site identifiers by structure
 * type, ADELI identifiers, replacement activity, and optionally a BOM, Windows-1252 and the savoir-faire in
 * a separate file. Immutable; the same seed gives the same output.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SyntheticAnnuaire {

  /** Professions drawn, TRE_G15 code and relative weight (rough shape of the national file, not a statistic). */
  private static final String[][] PROFESSIONS = {
      {"10", "30"}, {"60", "40"}, {"70", "12"}, {"21", "9"}, {"40", "6"}, {"50", "3"}, {"91", "3"}, {"93", "4"}, {"80", "2"}};
  private static final String[] GP_SF = {"SM54", "SM53", "SM26"};
  private static final String[] OTHER_SF = {"SM02", "SM04", "SM40", "SM42"};

  private final long seed;
  private final List<CommuneCode> communes = new ArrayList<>();
  private final double[] cumulative;

  private SyntheticAnnuaire(long seed, List<Commune> weighted) {
    this.seed = seed;
    double total = 0;
    cumulative = new double[weighted.size()];
    for (int i = 0; i < weighted.size(); i++) {
      communes.add(weighted.get(i).code());
      total += Math.max(1, weighted.get(i).population());
      cumulative[i] = total;
    }
  }

  /**
   * @param referential the referential (communes and populations)
   * @param territory where the professionals practise (a city stands for its arrondissements)
   * @param seed the seed
   * @return the generator
   * @throws RegistryException CPTS-1041 if no commune of the territory is in the referential
   */
  public static SyntheticAnnuaire of(CommuneReferential referential, Territory territory, long seed) {
    List<Commune> list = new ArrayList<>();
    for (CommuneCode code : territory.communes()) {
      List<Commune> arrondissements = referential.arrondissementsOf(code);
      if (!arrondissements.isEmpty()) {
        list.addAll(arrondissements);
      } else {
        referential.commune(code).ifPresent(list::add);
      }
    }
    if (list.isEmpty()) {
      throw RegistryException.of("CPTS-1041", "territory", "at least one commune of the referential");
    }
    return new SyntheticAnnuaire(seed, list);
  }

  /**
   * Generates the activities of {@code persons} professionals (1 to 3 activities each, with contacts).
   *
   * @param persons the number of professionals, 1 to 10,000,000
   * @param sink receives each activity
   * @throws RegistryException CPTS-1041 if {@code persons} is out of range
   */
  public void activities(int persons, Consumer<Activity> sink) {
    if (persons < 1 || persons > 10_000_000) {
      throw RegistryException.of("CPTS-1041", "persons", "1 to 10000000");
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int p = 0; p < persons; p++) {
      person(r, p, sink);
    }
  }

  private void person(SplittableRandom r, int p, Consumer<Activity> sink) {
    String profession = pick(r);
    boolean adeli = (profession.equals("93") || profession.equals("60")) && r.nextInt(10) == 0;
    Identifier id = adeli ? AdeliNumber.withComputedKey(String.format(Locale.ROOT, "%02d%06d", 1 + r.nextInt(95) == 20 ? 21 : 1 + r.nextInt(19), p % 1_000_000))
        : RppsNumber.withComputedKey(String.format(Locale.ROOT, "1%09d", p));
    List<SavoirFaire> sf = new ArrayList<>();
    if (profession.equals("10")) {
      boolean gp = r.nextInt(100) < 45;
      sf.add(new SavoirFaire("S", gp ? GP_SF[r.nextInt(3)] : OTHER_SF[r.nextInt(OTHER_SF.length)]));
      if (r.nextInt(20) == 0) {
        sf.add(new SavoirFaire("C", "CAPA01")); // a second savoir-faire: the activity rows repeat
      }
    }
    Contact contact = new Contact(String.format(Locale.ROOT, "NOM%07d", p), "PRENOM'" + (p % 97), "0" + (100000000 + r.nextInt(899999999)),
        "ps" + p + "@example.invalid");
    int activities = 1 + (r.nextInt(10) < 2 ? 1 + r.nextInt(2) : 0);
    for (int k = 0; k < activities; k++) {
      String mode = r.nextInt(10) < 6 ? "L" : r.nextInt(10) < 9 ? "S" : "B";
      String genre = r.nextInt(25) == 0 ? (r.nextBoolean() ? "GENR02" : "GENR03") : "GENR01";
      CommuneCode commune = communes.get(commune(r));
      sink.accept(new Activity(id, profession, "C", sf, mode, mode.equals("L") ? "SA07" : "SA01", genre,
          site(r, mode, p, k), commune, contact));
    }
  }

  private static Site site(SplittableRandom r, String mode, int p, int k) {
    if (mode.equals("S")) {
      FinessNumber legal = FinessNumber.withComputedKey(String.format(Locale.ROOT, "%02d%06d", 1 + r.nextInt(19), r.nextInt(1_000_000)));
      FinessNumber site = FinessNumber.withComputedKey(String.format(Locale.ROOT, "%02d%06d", 1 + r.nextInt(19), r.nextInt(1_000_000)));
      return new Site(null, null, site, legal, "", "1" + site.value());
    }
    if (r.nextInt(10) == 0) {
      Siren siren = Siren.withComputedKey(String.format(Locale.ROOT, "%08d", 10_000_000 + r.nextInt(80_000_000)));
      return new Site(Siret.of(siren, "0001"), siren, null, null, "", "3" + Siret.of(siren, "0001").value());
    }
    return new Site(null, null, null, null, String.format(Locale.ROOT, "%d%02d", 1_000_000 + p, k), "4" + p + "0" + k);
  }

  private String pick(SplittableRandom r) {
    int total = 0;
    for (String[] p : PROFESSIONS) {
      total += Integer.parseInt(p[1]);
    }
    int x = r.nextInt(total);
    for (String[] p : PROFESSIONS) {
      x -= Integer.parseInt(p[1]);
      if (x < 0) {
        return p[0];
      }
    }
    return PROFESSIONS[0][0];
  }

  private int commune(SplittableRandom r) {
    double x = r.nextDouble() * cumulative[cumulative.length - 1];
    int i = java.util.Arrays.binarySearch(cumulative, x);
    return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
  }

  /**
   * Writes a synthetic activity file.
   *
   * @param file the activity file to write
   * @param persons the number of professionals (about 1.25 rows each)
   * @param layout the layout
   * @param windows1252 true to encode in Windows-1252 (else UTF-8 with a BOM)
   * @param savoirFaireFile where to write the savoir-faire, in a separate file without savoir-faire columns in
   *     the activity file; null to keep them in the activity file
   * @return the number of activity rows written
   * @throws UncheckedIOException if a file cannot be written
   * @throws RegistryException CPTS-1041 if {@code persons} is out of range
   */
  public long write(Path file, int persons, AnnuaireLayout layout, boolean windows1252, @Nullable Path savoirFaireFile) {
    Charset cs = windows1252 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
    long[] rows = {0};
    try (OutputStream out = Files.newOutputStream(file);
        AnnuaireWriter w = AnnuaireWriter.of(out, layout, cs, !windows1252, savoirFaireFile == null);
        Writer sf = savoirFaireFile == null ? Writer.nullWriter()
            : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(savoirFaireFile), StandardCharsets.UTF_8))) {
      sf.write("Identification nationale PP|Code profession|Code type savoir-faire|Code savoir-faire|\r\n");
      SplittableRandom pitfalls = new SplittableRandom(seed ^ 0x5DEECE66DL);
      String[] last = {""};
      activities(persons, a -> {
        Activity row = a;
        if (pitfalls.nextInt(50) == 0) {
          row = a.withContact(new Contact(Objects.requireNonNull(a.contact()).lastName(), "JEAN-\"JO\"", "", ""));
        }
        if (pitfalls.nextInt(5) == 0 && AnnuaireWriter.cedexOf(Objects.requireNonNull(a.commune())) != null) {
          w.writeWithCedexOnly(row);
        } else {
          w.write(row);
        }
        rows[0] += savoirFaireFile == null ? Math.max(1, a.savoirFaire().size()) : 1;
        if (!a.nationalId().equals(last[0])) {
          last[0] = a.nationalId();
          for (SavoirFaire s : a.savoirFaire()) {
            writeUnchecked(sf, a.nationalId() + "|" + a.profession() + "|" + s.type() + "|" + s.code() + "|\r\n");
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows[0];
  }

  private static void writeUnchecked(Writer w, String s) {
    try {
      w.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
