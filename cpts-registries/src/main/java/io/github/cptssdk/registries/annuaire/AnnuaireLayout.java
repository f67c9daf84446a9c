package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.registries.internal.AnnuaireColumn;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The published layouts of {@code PS_LibreAcces_Personne_activite}. The reader resolves columns by
 * normalised label and reads both; the writer and the generator produce either.
 * Source: ../shared/domain/registries-sas-spark.md section 1.3.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AnnuaireLayout {
  /** The 2026 layout: 56 columns, with fonction and genre d'activité. */
  Y2026(true),
  /** The 2021-2022 layout: 52 columns, no fonction nor genre d'activité, labels slightly different. */
  Y2021(false);

  private final List<String> header;

  AnnuaireLayout(boolean current) {
    this.header = AnnuaireColumn.header(current);
  }

  /** @return the column labels in order (56 or 52), without the trailing empty field */
  public List<String> header() {
    return header;
  }
}
