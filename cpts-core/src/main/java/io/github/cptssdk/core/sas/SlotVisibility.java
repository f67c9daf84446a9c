package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Who may see a slot: TRE_R314-TypeCreneau, combinable ({@code meta.security} of the slot). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SlotVisibility {
  /** {@code PUBLIC}: the general public. */
  PUBLIC,
  /** {@code PRO}: health professionals. */
  PRO,
  /** {@code SNP}: regulators and SNP organisers. */
  SNP,
  /** {@code CPTS}: the CPTS structures. */
  CPTS
}
