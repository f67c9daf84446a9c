/** Implementation of the ACI rules: rule data parsing, figure resolution, eligibility checks and funding arithmetic. */
@NullMarked
package io.github.cptssdk.core.aci.internal;

import org.jspecify.annotations.NullMarked;
