/**
 * The unscheduled-care offer of a CPTS as the SAS (service d'accès aux soins) asks for it: professionals'
 * schedules per practice site and their slots, and the appointments booked through the SAS. Values are
 * immutable records validated on construction (codes {@code CPTS-1100..1109}); overlapping slots are a
 * finding of {@link io.github.cptssdk.core.sas.SasOffer#findings()}. Source: ANS SAS implementation guide
 * 1.2.0, flow INT_R04 (docs/sas.md).
 */
@NullMarked
package io.github.cptssdk.core.sas;

import org.jspecify.annotations.NullMarked;
