package io.github.cptssdk.registries.supply;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.model.MembershipKind;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.core.model.Specialty;
import io.github.cptssdk.registries.annuaire.Activity;
import io.github.cptssdk.registries.annuaire.SavoirFaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Builds the professional members of a CPTS from the Annuaire Santé: every professional practising on its
 * territory as a member by right (the statutes of many CPTS), or only those in a list of adherent RPPS
 * numbers (then {@link MembershipKind#ADHERENT}). The result is the core {@link HealthProfessional} model:
 * one member per RPPS (the smallest profession code when a person has several), with the TRE_R38 specialty
 * of a type {@code S} savoir-faire and the smallest practice commune code of the territory. Replacement
 * activity is excluded. ADELI-only professionals and professions outside {@link Profession} cannot be members
 * of the core model: they are counted in {@link #skipped()}. Not thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RegistryMembers {

  private final Supply territory;
  private final Optional<Set<RppsNumber>> adherents;
  private final Map<String, HealthProfessional> members = new TreeMap<>();
  private final Set<String> skipped = new java.util.HashSet<>();

  private RegistryMembers(Supply territory, Optional<Set<RppsNumber>> adherents) {
    this.territory = territory;
    this.adherents = adherents;
  }

  /**
   * @param cpts the CPTS (its territory is used)
   * @param referential the referential
   * @return every professional of the territory, as member by right
   */
  public static RegistryMembers byRight(Cpts cpts, io.github.cptssdk.core.territory.CommuneReferential referential) {
    return new RegistryMembers(Supply.of(referential, cpts.territory()), Optional.empty());
  }

  /**
   * @param cpts the CPTS (its territory is used)
   * @param referential the referential
   * @param rpps the adherents' RPPS numbers
   * @return the professionals of the territory who are in the list, as adherents
   */
  public static RegistryMembers adherents(Cpts cpts, io.github.cptssdk.core.territory.CommuneReferential referential,
      Set<RppsNumber> rpps) {
    return new RegistryMembers(Supply.of(referential, cpts.territory()), Optional.of(Set.copyOf(rpps)));
  }

  /**
   * Adds an activity if it makes a member.
   *
   * @param a an activity
   */
  public void addActivity(Activity a) {
    if (!territory.covers(a.commune()) || a.isReplacement()) {
      return;
    }
    Optional<Profession> profession = Profession.fromCode(a.profession());
    if (a.rpps().isEmpty() || profession.isEmpty()) {
      skipped.add(a.nationalId());
      return;
    }
    RppsNumber rpps = a.rpps().get();
    if (adherents.isPresent() && !adherents.get().contains(rpps)) {
      return;
    }
    HealthProfessional candidate = new HealthProfessional(rpps, profession.get(), specialty(a), a.commune(),
        adherents.isPresent() ? MembershipKind.ADHERENT : MembershipKind.MEMBER_BY_RIGHT);
    members.merge(rpps.value(), candidate, RegistryMembers::first);
  }

  /** Keeps the smallest profession code, then specialty, then commune: independent of the row order. */
  private static HealthProfessional first(HealthProfessional x, HealthProfessional y) {
    int p = x.profession().code().compareTo(y.profession().code());
    if (p != 0) {
      return p < 0 ? x : y;
    }
    Specialty s = x.specialty() == null ? y.specialty()
        : y.specialty() == null ? x.specialty() : x.specialty().code().compareTo(y.specialty().code()) <= 0 ? x.specialty() : y.specialty();
    CommuneCode c = x.practiceCommune().compareTo(y.practiceCommune()) <= 0 ? x.practiceCommune() : y.practiceCommune();
    return x.withSpecialty(s).withPracticeCommune(c);
  }

  private static @org.jspecify.annotations.Nullable Specialty specialty(Activity a) {
    return a.savoirFaire().stream().filter(sf -> "S".equals(sf.type())).map(SavoirFaire::code)
        .filter(c -> c.matches("[A-Z]{2,3}\\d{2}")).sorted().findFirst().map(Specialty::of).orElse(null);
  }

  /**
   * Reads a list of adherent RPPS numbers: one per line; blank lines and lines starting with {@code #} are
   * ignored, as is a first line that is not a number (a header).
   *
   * @param file the list
   * @return the RPPS numbers
   * @throws io.github.cptssdk.registries.RegistryException CPTS-1040 naming the line of a number that is not an RPPS
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Set<RppsNumber> readAdherents(java.nio.file.Path file) {
    Set<RppsNumber> out = new java.util.LinkedHashSet<>();
    try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        String t = line.replace("\uFEFF", "").strip();
        if (t.isEmpty() || t.startsWith("#") || (n == 1 && !Character.isDigit(t.charAt(0)))) {
          continue;
        }
        if (!RppsNumber.isValid(t)) {
          throw io.github.cptssdk.registries.RegistryException.of("CPTS-1040", n);
        }
        out.add(RppsNumber.parse(t));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** @return the members, sorted by RPPS */
  public List<HealthProfessional> members() {
    return new ArrayList<>(members.values());
  }

  /** @return the professionals of the territory who cannot be members of the core model (ADELI only, other profession) */
  public int skipped() {
    return skipped.size();
  }

  /**
   * @param cpts the CPTS
   * @return the CPTS with these members as its professionals (replacing the previous list)
   */
  public Cpts applyTo(Cpts cpts) {
    return Objects.requireNonNull(cpts, "cpts").withProfessionals(members());
  }
}
