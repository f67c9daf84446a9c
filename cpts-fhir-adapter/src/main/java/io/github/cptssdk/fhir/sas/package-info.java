/**
 * The SAS (service d'accès aux soins) flows of a CPTS in FHIR R4, ANS SAS guide 1.2.0: the INT_R04
 * searchset of a CPTS's free slots ({@code sas-cpts-bundle-aggregator}), read back into the offer, and
 * {@code FrAppointmentSAS} appointments read into the model (docs/sas.md).
 */
@NullMarked
package io.github.cptssdk.fhir.sas;

import org.jspecify.annotations.NullMarked;
