/**
 * The JSON documents of the ACI rules: an ACI contract as data, the indicator results of a contract year,
 * and the JSON form of funding results and simulations (format: docs/aci-rules.md).
 */
@NullMarked
package io.github.cptssdk.json.contract;

import org.jspecify.annotations.NullMarked;
