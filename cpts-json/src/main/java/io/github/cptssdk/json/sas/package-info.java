/**
 * The JSON document of a CPTS's SAS offer ({@code cpts-sas-offer/1}, docs/sas.md, JSON Schema
 * {@code docs/sas-offer.schema.json}), read through the validating constructors of
 * {@link io.github.cptssdk.core.sas}, and its CSV form (one row per slot, {@link io.github.cptssdk.json.sas.SasOfferCsv}).
 */
@NullMarked
package io.github.cptssdk.json.sas;

import org.jspecify.annotations.NullMarked;
