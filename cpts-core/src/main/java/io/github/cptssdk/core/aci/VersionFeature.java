package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Behaviour that belongs to a version of the agreement, declared by a {@code FEATURE} line of its data
 * file (the mission column names the mission it is tied to), never by a test in the engine.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum VersionFeature {
  /** A payment on ARS validation of the letter of intent, counted in contract year 1 (avenant 2). */
  LETTER_OF_INTENT,
  /** An extra payment of its mission when the ARS recognises a crisis during the year (avenant 2). */
  CRISIS_ACTIVATION
}
