/** FHIR R4 mapping of the cpts-core model on the French national profiles. */
@NullMarked
package io.github.cptssdk.fhir;

import org.jspecify.annotations.NullMarked;
