/**
 * Root package of cpts-sdk core: the root exception type. The model lives in
 * {@link io.github.cptssdk.core.model}, identifiers in {@link io.github.cptssdk.core.id}, territories
 * in {@link io.github.cptssdk.core.territory}, the ACI rules in {@link io.github.cptssdk.core.aci}.
 */
@NullMarked
package io.github.cptssdk.core;

import org.jspecify.annotations.NullMarked;
