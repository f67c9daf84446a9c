package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.RegistryLimits;
import io.github.cptssdk.registries.TextEncoding;
import io.github.cptssdk.registries.internal.RegistryFiles;
import io.github.cptssdk.registries.internal.AnnuaireColumn;
import io.github.cptssdk.registries.internal.HeaderIndex;
import io.github.cptssdk.registries.internal.LineScanner;
import io.github.cptssdk.registries.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The savoir-faire of each professional, read from {@code PS_LibreAcces_SavoirFaire_<timestamp>.txt}
 * (data.gouv: {@code ps-libreacces-savoirfaire.txt}) when the specialties are published there instead of
 * in the activity file; joined on {@code Identification nationale PP}. Holds every entry in memory (about
 * 60 bytes each). Immutable once read, thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SavoirFaireIndex {

  private static final List<AnnuaireColumn> REQUIRED =
      List.of(AnnuaireColumn.NATIONAL_ID, AnnuaireColumn.SF_TYPE_CODE, AnnuaireColumn.SF_CODE);

  private final Map<String, List<SavoirFaire>> byPerson;
  private final ReadSummary summary;

  private SavoirFaireIndex(Map<String, List<SavoirFaire>> byPerson, ReadSummary summary) {
    this.byPerson = byPerson;
    this.summary = summary;
  }

  /**
   * Reads a SavoirFaire file.
   *
   * @param file the file ({@code |}-separated, UTF-8 or Windows-1252)
   * @param policy what to do with a bad row
   * @return the index
   * @throws RegistryException for a bad header, or the first bad row with {@link OnError#STRICT}
   *     (CPTS-1042 if the file is missing, a directory or cannot be read)
   */
  public static SavoirFaireIndex read(Path file, OnError policy) {
    return RegistryFiles.io(file, () -> {
      try (InputStream in = RegistryFiles.open(file)) {
        return read(in, policy);
      }
    });
  }

  /**
   * Reads a SavoirFaire stream (not closed).
   *
   * @param in the bytes
   * @param policy what to do with a bad row
   * @return the index
   * @throws RegistryException for a bad header, or the first bad row with {@link OnError#STRICT}
   *     (CPTS-1042 if the stream cannot be read)
   */
  public static SavoirFaireIndex read(InputStream in, OnError policy) {
    Objects.requireNonNull(policy, "policy");
    LineScanner s = new LineScanner(in, (byte) '|', RegistryLimits.DEFAULTS);
    HeaderIndex h = new HeaderIndex(s, REQUIRED, "SavoirFaire");
    int id = h.position(AnnuaireColumn.NATIONAL_ID);
    int type = h.position(AnnuaireColumn.SF_TYPE_CODE);
    int code = h.position(AnnuaireColumn.SF_CODE);
    Map<String, List<SavoirFaire>> map = new HashMap<>();
    Map<String, Long> rejected = new HashMap<>();
    long rows = 0;
    long accepted = 0;
    while (s.next()) {
      rows++;
      String error;
      String column = "";
      String pid = h.fits(s) ? Text.decode(s.bytes(), s.start(id), s.end(id), true) : "";
      String t = h.fits(s) ? Text.decode(s.bytes(), s.start(type), s.end(type), true) : "";
      String c = h.fits(s) ? Text.decode(s.bytes(), s.start(code), s.end(code), true) : "";
      if (!h.fits(s)) {
        error = "CPTS-1002";
      } else if (pid.isEmpty()) {
        error = "CPTS-1006";
        column = AnnuaireColumn.NATIONAL_ID.label2026();
      } else if (c.isEmpty()) {
        accepted++; // a professional with no savoir-faire
        continue;
      } else if (!Activity.isCode(t) || !Activity.isCode(c)) {
        error = "CPTS-1007";
        column = Activity.isCode(t) ? AnnuaireColumn.SF_CODE.label2026() : AnnuaireColumn.SF_TYPE_CODE.label2026();
      } else {
        SavoirFaire sf = new SavoirFaire(t, c);
        List<SavoirFaire> list = map.computeIfAbsent(pid, k -> new ArrayList<>(1));
        if (!list.contains(sf)) {
          list.add(sf);
        }
        accepted++;
        continue;
      }
      if (policy == OnError.STRICT) {
        throw new RegistryException(error, s.record(), column);
      }
      rejected.merge(error, 1L, Long::sum);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return new SavoirFaireIndex(map, new ReadSummary(rows, accepted, rejected, 0, TextEncoding.UTF_8, 0));
  }

  /**
   * @param nationalId the {@code Identification nationale PP} (type digit + number)
   * @return the savoir-faire of that professional, possibly empty
   */
  public List<SavoirFaire> of(String nationalId) {
    return byPerson.getOrDefault(nationalId, List.of());
  }

  /** @return the number of professionals with at least one savoir-faire */
  public int size() {
    return byPerson.size();
  }

  /** @return what was read */
  public ReadSummary summary() {
    return summary;
  }
}
