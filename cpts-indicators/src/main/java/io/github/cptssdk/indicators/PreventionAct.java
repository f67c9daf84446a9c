package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The dated prevention acts of a patient row, each with its CSV column name. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum PreventionAct {
  /** Flu vaccination (column {@code flu_vaccination}). */
  FLU_VACCINATION("flu_vaccination"),
  /** Colorectal cancer screening test (column {@code colorectal_screening}). */
  COLORECTAL_SCREENING("colorectal_screening"),
  /** Breast cancer screening, mammography (column {@code breast_screening}). */
  BREAST_SCREENING("breast_screening"),
  /** Cervical cancer screening (column {@code cervical_screening}). */
  CERVICAL_SCREENING("cervical_screening");

  private final String column;

  PreventionAct(String column) {
    this.column = column;
  }

  /** @return the CSV column holding the date of the last act */
  public String column() {
    return column;
  }
}
