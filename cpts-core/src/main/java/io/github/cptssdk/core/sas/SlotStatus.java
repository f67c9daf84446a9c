package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The state of a slot; the SAS search returns only {@link #FREE} slots. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SlotStatus {
  /** Free: offered to the SAS. */
  FREE,
  /** Busy: taken, not offered. */
  BUSY
}
