package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.Identifier;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.registries.internal.AnnuaireColumn;
import io.github.cptssdk.registries.internal.Labels;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes activities in the shape of the Annuaire Santé extraction, in either {@link AnnuaireLayout}: the
 * header, then one line per activity and savoir-faire (a professional with two specialties repeats the
 * activity row, as the real file does), every line ending with {@code |}. For fixtures, the generator and
 * a CPTS re-publishing its own directory. Not thread-safe; {@link #close()} flushes and closes the stream.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AnnuaireWriter implements AutoCloseable {

  private static final Map<String, String> MODES = Map.of("L", "Libéral", "S", "Salarié", "B", "Bénévole");

  private final Writer out;
  private final AnnuaireLayout layout;
  private final boolean savoirFaireColumns;
  private final List<AnnuaireColumn> columns = new ArrayList<>();

  private AnnuaireWriter(OutputStream out, AnnuaireLayout layout, Charset charset, boolean bom, boolean savoirFaireColumns) {
    this.out = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), charset), 1 << 16);
    this.layout = Objects.requireNonNull(layout, "layout");
    this.savoirFaireColumns = savoirFaireColumns;
    for (AnnuaireColumn c : AnnuaireColumn.values()) {
      boolean sf = c == AnnuaireColumn.SF_CODE || c == AnnuaireColumn.SF_LABEL || c == AnnuaireColumn.SF_TYPE_CODE
          || c == AnnuaireColumn.SF_TYPE_LABEL;
      if ((layout == AnnuaireLayout.Y2026 || c.label2021() != null) && (savoirFaireColumns || !sf)) {
        columns.add(c);
      }
    }
    try {
      if (bom && charset.equals(StandardCharsets.UTF_8)) {
        this.out.write('\uFEFF');
      }
      for (AnnuaireColumn c : columns) {
        this.out.write(layout == AnnuaireLayout.Y2026 ? c.label2026() : c.label2021());
        this.out.write('|');
      }
      this.out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A writer of the layout, in UTF-8 without BOM, with the savoir-faire columns; the header is written.
   *
   * @param out the stream (closed by {@link #close()})
   * @param layout the layout
   * @return the writer
   */
  public static AnnuaireWriter of(OutputStream out, AnnuaireLayout layout) {
    return new AnnuaireWriter(out, layout, StandardCharsets.UTF_8, false, true);
  }

  /**
   * A writer with every option; the header is written.
   *
   * @param out the stream (closed by {@link #close()})
   * @param layout the layout
   * @param charset UTF-8 or Windows-1252
   * @param bom true to start with a UTF-8 byte order mark (UTF-8 only)
   * @param savoirFaireColumns false for the extraction whose specialties are in the SavoirFaire file
   * @return the writer
   */
  public static AnnuaireWriter of(OutputStream out, AnnuaireLayout layout, Charset charset, boolean bom,
      boolean savoirFaireColumns) {
    return new AnnuaireWriter(out, layout, charset, bom, savoirFaireColumns);
  }

  /**
   * Writes an activity: one line per savoir-faire (one line if none, or without savoir-faire columns).
   *
   * @param a the activity (genre is dropped in the 2021 layout)
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Activity a) {
    write(a, false);
  }

  /**
   * Writes an activity with an empty commune code and its place in {@code Bureau cedex} ("75015 PARIS"),
   * as the real file does for some rows. Only an arrondissement of Paris, Lyon or Marseille can be written
   * so (its postal code follows from its code); any other commune is written normally.
   *
   * @param a the activity
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeWithCedexOnly(Activity a) {
    write(a, true);
  }

  private void write(Activity a, boolean cedex) {
    List<SavoirFaire> sfs = savoirFaireColumns && !a.savoirFaire().isEmpty() ? a.savoirFaire() : java.util.Collections.singletonList(null);
    for (SavoirFaire sf : sfs) {
      Map<AnnuaireColumn, String> v = values(a, sf, cedex);
      try {
        for (AnnuaireColumn c : columns) {
          out.write(v.getOrDefault(c, ""));
          out.write('|');
        }
        out.write("\r\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Map<AnnuaireColumn, String> values(Activity a, @Nullable SavoirFaire sf, boolean cedex) {
    Map<AnnuaireColumn, String> v = new EnumMap<>(AnnuaireColumn.class);
    Identifier id = a.professional();
    v.put(AnnuaireColumn.TYPE_ID, id instanceof RppsNumber ? "8" : "0");
    v.put(AnnuaireColumn.ID, id.value());
    v.put(AnnuaireColumn.NATIONAL_ID, a.nationalId());
    v.put(AnnuaireColumn.PROFESSION_CODE, a.profession());
    v.put(AnnuaireColumn.PROFESSION_LABEL, Labels.profession(a.profession()));
    v.put(AnnuaireColumn.CATEGORY_CODE, a.category());
    if (sf != null) {
      v.put(AnnuaireColumn.SF_TYPE_CODE, sf.type());
      v.put(AnnuaireColumn.SF_CODE, sf.code());
    }
    v.put(AnnuaireColumn.MODE_CODE, a.mode());
    v.put(AnnuaireColumn.MODE_LABEL, MODES.getOrDefault(a.mode(), ""));
    Site s = a.site();
    v.put(AnnuaireColumn.SIRET, s.siret() == null ? "" : s.siret().value());
    v.put(AnnuaireColumn.SIREN, s.siren() == null ? "" : s.siren().value());
    v.put(AnnuaireColumn.FINESS_SITE, s.finessSite() == null ? "" : s.finessSite().value());
    v.put(AnnuaireColumn.FINESS_LEGAL, s.finessLegalEntity() == null ? "" : s.finessLegalEntity().value());
    v.put(AnnuaireColumn.TECHNICAL_ID, s.technicalId());
    v.put(AnnuaireColumn.FORMER_ID, s.formerId());
    CommuneCode commune = a.commune();
    String cedexText = commune == null ? null : cedexOf(commune);
    if (cedex && cedexText != null) {
      v.put(AnnuaireColumn.CEDEX, cedexText);
    } else if (commune != null) {
      v.put(AnnuaireColumn.COMMUNE_CODE, commune.value());
      v.put(AnnuaireColumn.DEPARTMENT_CODE, commune.departmentCode());
    }
    v.put(AnnuaireColumn.COUNTRY_CODE, "99000");
    v.put(AnnuaireColumn.SECTOR_CODE, a.sector());
    if (layout == AnnuaireLayout.Y2026) {
      v.put(AnnuaireColumn.GENRE_CODE, a.genre());
    }
    Contact c = a.contact();
    if (c != null) {
      v.put(AnnuaireColumn.LAST_NAME, c.lastName());
      v.put(AnnuaireColumn.FIRST_NAME, c.firstName());
      v.put(AnnuaireColumn.PHONE, c.phone());
      v.put(AnnuaireColumn.EMAIL, c.email());
    }
    return v;
  }

  /** @return "75015 PARIS" for 75115, "69003 LYON" for 69383, "13008 MARSEILLE" for 13208; null otherwise */
  static @Nullable String cedexOf(CommuneCode c) {
    String v = c.value();
    CommuneCode city = c.parentCityCode();
    if (city == null) {
      return null;
    }
    return switch (city.value()) {
      case "75056" -> (v.equals("75116") ? "75116" : "750" + v.substring(3)) + " PARIS";
      case "69123" -> "6900" + v.charAt(4) + " LYON";
      default -> "130" + v.substring(3) + " MARSEILLE";
    };
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
