package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The dated prevention acts of a patient row, each with its CSV column name. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum PreventionAct {
  FLU_VACCINATION("flu_vaccination"),
  COLORECTAL_SCREENING("colorectal_screening"),
  BREAST_SCREENING("breast_screening"),
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
