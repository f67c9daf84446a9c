/**
 * The JSON document of a CPTS's SAS offer ({@code cpts-sas-offer/1}, docs/sas.md, JSON Schema
 * {@code docs/sas-offer.schema.json}), read through the validating constructors of
 * {@link io.github.cptssdk.core.sas}.
 */
@NullMarked
package io.github.cptssdk.json.sas;

import org.jspecify.annotations.NullMarked;
