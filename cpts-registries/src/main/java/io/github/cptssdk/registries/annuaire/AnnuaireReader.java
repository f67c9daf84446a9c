package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.AdeliNumber;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Identifier;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.RegistryLimits;
import io.github.cptssdk.registries.TextEncoding;
import io.github.cptssdk.registries.internal.RegistryFiles;
import io.github.cptssdk.registries.internal.AnnuaireColumn;
import io.github.cptssdk.registries.internal.CommuneLocator;
import io.github.cptssdk.registries.internal.HeaderIndex;
import io.github.cptssdk.registries.internal.LineScanner;
import io.github.cptssdk.registries.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Streams the Annuaire Santé activity file ({@code PS_LibreAcces_Personne_activite_<timestamp>.txt}, or
 * data.gouv's {@code ps-libreacces-personne-activite.txt}) into {@link Activity} records, in constant
 * memory whatever its size. Format (docs/registries.md): {@code |}-separated, no quoting (a {@code '} or
 * {@code "} is plain data), a trailing {@code |} on each line, an optional UTF-8 BOM; a line that is not
 * valid UTF-8 is read as Windows-1252 and the {@link ReadSummary} says so. Columns are resolved by
 * normalised label (both the 2026 and the 2021-2022 layouts); unknown columns are ignored.
 *
 * <p>Names, phones and e-mails are dropped unless {@link #withContacts(boolean)}. Bad rows are reported by
 * row and column, never by content. Immutable and thread-safe (each read has its own state).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AnnuaireReader {

  /** The columns a file must have (by their 2026 labels). */
  public static final List<String> REQUIRED = List.of("Type d'identifiant PP", "Identifiant PP", "Code profession",
      "Code mode exercice", "Code commune (coord. structure)");

  private static final List<AnnuaireColumn> REQUIRED_COLUMNS = List.of(AnnuaireColumn.TYPE_ID, AnnuaireColumn.ID,
      AnnuaireColumn.PROFESSION_CODE, AnnuaireColumn.MODE_CODE, AnnuaireColumn.COMMUNE_CODE);

  private final CommuneLocator locator;
  private final OnError policy;
  private final boolean contacts;
  private final @Nullable SavoirFaireIndex savoirFaire;
  private final RegistryLimits limits;

  private AnnuaireReader(CommuneLocator locator, OnError policy, boolean contacts, @Nullable SavoirFaireIndex savoirFaire,
      RegistryLimits limits) {
    this.locator = locator;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.contacts = contacts;
    this.savoirFaire = savoirFaire;
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A strict reader without contact fields.
   *
   * @param referential resolves an empty practice commune from its postal code
   * @return the reader
   */
  public static AnnuaireReader of(CommuneReferential referential) {
    return new AnnuaireReader(new CommuneLocator(Objects.requireNonNull(referential, "referential")), OnError.STRICT,
        false, null, RegistryLimits.DEFAULTS);
  }

  /**
   * @param value stop at the first bad row, or skip and count bad rows
   * @return a copy with this policy
   */
  public AnnuaireReader withPolicy(OnError value) {
    return new AnnuaireReader(locator, value, contacts, savoirFaire, limits);
  }

  /**
   * @param value true to keep the names, phone and e-mail of each activity ({@link Contact})
   * @return a copy that keeps (or drops, the default) the contact fields
   */
  public AnnuaireReader withContacts(boolean value) {
    return new AnnuaireReader(locator, policy, value, savoirFaire, limits);
  }

  /**
   * @param value the savoir-faire of the SavoirFaire file, joined on {@code Identification nationale PP}
   *     where a row has none
   * @return a copy joining this index
   */
  public AnnuaireReader withSavoirFaire(SavoirFaireIndex value) {
    return new AnnuaireReader(locator, policy, contacts, Objects.requireNonNull(value, "value"), limits);
  }

  /**
   * @param value the resource limits
   * @return a copy with these limits
   */
  public AnnuaireReader withLimits(RegistryLimits value) {
    return new AnnuaireReader(locator, policy, contacts, savoirFaire, value);
  }

  /**
   * Reads a file.
   *
   * @param file the activity file
   * @param sink receives each accepted activity, in file order
   * @return what was read
   * @throws RegistryException for a bad header, a limit exceeded, or the first bad row with {@link OnError#STRICT}
   *     (CPTS-1042 if the file is missing, a directory or cannot be read)
   */
  public ReadSummary read(Path file, Consumer<Activity> sink) {
    return RegistryFiles.io(file, () -> {
      try (InputStream in = RegistryFiles.open(file)) {
        return read(in, sink);
      }
    });
  }

  /**
   * Reads a stream (not closed).
   *
   * @param in the bytes of an activity file
   * @param sink receives each accepted activity, in stream order
   * @return what was read
   * @throws RegistryException for a bad header, a limit exceeded, or the first bad row with {@link OnError#STRICT}
   *     (CPTS-1042 if the stream cannot be read)
   */
  public ReadSummary read(InputStream in, Consumer<Activity> sink) {
    Objects.requireNonNull(sink, "sink");
    return new Run(new LineScanner(in, (byte) '|', limits), sink).run();
  }

  /** The state of one read. */
  private final class Run {
    private final LineScanner s;
    private final Consumer<Activity> sink;
    private final HeaderIndex h;
    private final int[] pos = new int[AnnuaireColumn.values().length];
    private final Map<String, Long> rejected = new HashMap<>();
    private final Map<String, CommuneCode> communes = new HashMap<>();
    private long rows;
    private long accepted;
    private long unplaced;
    private long utf8Rows;
    private long cp1252Rows;
    private boolean utf8;
    private String column = "";

    Run(LineScanner s, Consumer<Activity> sink) {
      this.s = s;
      this.sink = sink;
      this.h = new HeaderIndex(s, REQUIRED_COLUMNS, "Personne_activite");
      for (AnnuaireColumn c : AnnuaireColumn.values()) {
        pos[c.ordinal()] = h.position(c);
      }
    }

    ReadSummary run() {
      while (s.next()) {
        rows++;
        String code;
        try {
          code = row();
        } catch (IllegalArgumentException e) { // a value a record rejects (defence in depth)
          code = "CPTS-1007";
        }
        if (code == null) {
          accepted++;
        } else if (policy == OnError.STRICT) {
          throw new RegistryException(code, s.record(), column);
        } else {
          rejected.merge(code, 1L, Long::sum);
        }
      }
      TextEncoding enc = cp1252Rows == 0 ? TextEncoding.UTF_8 : utf8Rows == 0 ? TextEncoding.WINDOWS_1252 : TextEncoding.MIXED;
      return new ReadSummary(rows, accepted, rejected, unplaced, enc, cp1252Rows);
    }

    private String get(AnnuaireColumn c) {
      int p = pos[c.ordinal()];
      return p < 0 ? "" : Text.decode(s.bytes(), s.start(p), s.end(p), utf8).strip();
    }

    private @Nullable String row() {
      column = "";
      if (!h.fits(s)) {
        return "CPTS-1002";
      }
      utf8 = true;
      if (s.hasHighBytes()) {
        utf8 = Text.isUtf8(s.bytes(), s.lineStart(), s.lineEnd());
        if (utf8) {
          utf8Rows++;
        } else {
          cp1252Rows++;
        }
      }
      Identifier id = professional();
      if (id == null) {
        return column.isEmpty() ? "CPTS-1005" : codeOfId;
      }
      String nationalId = (id instanceof RppsNumber ? "8" : "0") + id.value();
      String given = get(AnnuaireColumn.NATIONAL_ID);
      if (!given.isEmpty() && !given.equals(nationalId)) {
        return fail(AnnuaireColumn.NATIONAL_ID, "CPTS-1015");
      }
      String profession = get(AnnuaireColumn.PROFESSION_CODE);
      if (profession.isEmpty()) {
        return fail(AnnuaireColumn.PROFESSION_CODE, "CPTS-1006");
      }
      String[] codes = new String[5];
      AnnuaireColumn[] coded = {AnnuaireColumn.PROFESSION_CODE, AnnuaireColumn.CATEGORY_CODE, AnnuaireColumn.MODE_CODE,
          AnnuaireColumn.SECTOR_CODE, AnnuaireColumn.GENRE_CODE};
      for (int i = 0; i < coded.length; i++) {
        codes[i] = get(coded[i]);
        if (!codes[i].isEmpty() && !Activity.isCode(codes[i])) {
          return fail(coded[i], "CPTS-1007");
        }
      }
      List<SavoirFaire> sf = savoirFaire(nationalId);
      if (sf == null) {
        return "CPTS-1007";
      }
      Site site = site();
      if (site == null) {
        return codeOfSite;
      }
      String communeText = get(AnnuaireColumn.COMMUNE_CODE);
      CommuneCode commune = null;
      if (!communeText.isEmpty()) {
        commune = communes.computeIfAbsent(communeText, t -> CommuneCode.isValid(t) ? CommuneCode.of(t) : null);
        if (commune == null) {
          return fail(AnnuaireColumn.COMMUNE_CODE, "CPTS-1011");
        }
      } else {
        commune = locate();
      }
      Contact contact = null;
      if (contacts) {
        contact = contact();
        if (contact == null) {
          return "CPTS-1016";
        }
      }
      if (commune == null) {
        unplaced++;
      }
      sink.accept(new Activity(id, profession, codes[1], sf, codes[2], codes[3], codes[4], site, commune, contact));
      return null;
    }

    private String codeOfId = "";
    private String codeOfSite = "";

    private @Nullable Identifier professional() {
      String type = get(AnnuaireColumn.TYPE_ID);
      String value = get(AnnuaireColumn.ID);
      if (value.isEmpty()) {
        codeOfId = fail(AnnuaireColumn.ID, "CPTS-1006");
        return null;
      }
      if (type.equals("8")) {
        if (RppsNumber.isValid(value)) {
          return RppsNumber.parse(value);
        }
        codeOfId = fail(AnnuaireColumn.ID, "CPTS-1003");
      } else if (type.equals("0")) {
        if (AdeliNumber.isValid(value)) {
          return AdeliNumber.parse(value);
        }
        codeOfId = fail(AnnuaireColumn.ID, "CPTS-1004");
      } else {
        column = AnnuaireColumn.TYPE_ID.label2026();
        codeOfId = "CPTS-1005";
      }
      return null;
    }

    private @Nullable List<SavoirFaire> savoirFaire(String nationalId) {
      String code = get(AnnuaireColumn.SF_CODE);
      if (!code.isEmpty()) {
        String type = get(AnnuaireColumn.SF_TYPE_CODE);
        if (!Activity.isCode(code) || !Activity.isCode(type)) {
          column = (Activity.isCode(code) ? AnnuaireColumn.SF_TYPE_CODE : AnnuaireColumn.SF_CODE).label2026();
          return null;
        }
        return List.of(new SavoirFaire(type, code));
      }
      return savoirFaire == null ? List.of() : savoirFaire.of(nationalId);
    }

    private @Nullable Site site() {
      String siret = get(AnnuaireColumn.SIRET);
      String siren = get(AnnuaireColumn.SIREN);
      String finess = get(AnnuaireColumn.FINESS_SITE);
      String legal = get(AnnuaireColumn.FINESS_LEGAL);
      if (!siret.isEmpty() && !Siret.isValid(siret)) {
        codeOfSite = fail(AnnuaireColumn.SIRET, "CPTS-1008");
      } else if (!siren.isEmpty() && !Siren.isValid(siren)) {
        codeOfSite = fail(AnnuaireColumn.SIREN, "CPTS-1009");
      } else if (!finess.isEmpty() && !FinessNumber.isValid(finess)) {
        codeOfSite = fail(AnnuaireColumn.FINESS_SITE, "CPTS-1010");
      } else if (!legal.isEmpty() && !FinessNumber.isValid(legal)) {
        codeOfSite = fail(AnnuaireColumn.FINESS_LEGAL, "CPTS-1010");
      } else {
        String technical = get(AnnuaireColumn.TECHNICAL_ID);
        String former = get(AnnuaireColumn.FORMER_ID);
        if (technical.length() > 64 || former.length() > 64) {
          codeOfSite = fail(technical.length() > 64 ? AnnuaireColumn.TECHNICAL_ID : AnnuaireColumn.FORMER_ID, "CPTS-1016");
          return null;
        }
        if (siret.isEmpty() && siren.isEmpty() && finess.isEmpty() && legal.isEmpty() && technical.isEmpty() && former.isEmpty()) {
          return Site.NONE;
        }
        return new Site(siret.isEmpty() ? null : Siret.parse(siret), siren.isEmpty() ? null : Siren.parse(siren),
            finess.isEmpty() ? null : FinessNumber.parse(finess), legal.isEmpty() ? null : FinessNumber.parse(legal),
            technical, former);
      }
      return null;
    }

    private @Nullable CommuneCode locate() {
      String cedex = get(AnnuaireColumn.CEDEX);
      CommuneCode found = cedex.isEmpty() ? null : locator.locate(cedex);
      if (found == null) {
        String postal = get(AnnuaireColumn.POSTAL_CODE);
        String name = get(AnnuaireColumn.COMMUNE_LABEL);
        if (!postal.isEmpty() && !name.isEmpty()) {
          found = locator.locate(postal, name);
        }
      }
      return found;
    }

    private @Nullable Contact contact() {
      String[] v = {get(AnnuaireColumn.LAST_NAME), get(AnnuaireColumn.FIRST_NAME), get(AnnuaireColumn.PHONE),
          get(AnnuaireColumn.EMAIL)};
      AnnuaireColumn[] c = {AnnuaireColumn.LAST_NAME, AnnuaireColumn.FIRST_NAME, AnnuaireColumn.PHONE, AnnuaireColumn.EMAIL};
      for (int i = 0; i < v.length; i++) {
        if (v[i].length() > 256) {
          column = c[i].label2026();
          return null;
        }
      }
      return new Contact(v[0], v[1], v[2], v[3]);
    }

    private String fail(AnnuaireColumn c, String code) {
      column = c.label2026();
      return code;
    }
  }
}
