/**
 * The ACI (accord conventionnel interprofessionnel) rules: one rule set per version of the agreement,
 * chosen by date; size bands, mission categories and calendars, eligibility and funding.
 */
@NullMarked
package io.github.cptssdk.core.aci;

import org.jspecify.annotations.NullMarked;
