package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a professional belongs to the CPTS. */
@API(status = STABLE, since = "0.1")
public enum MembershipKind {
  /** Adhérent: joined the association. */
  ADHERENT,
  /** Member by right (membre de droit) as a professional of the territory, unless they opposed. */
  MEMBER_BY_RIGHT
}
