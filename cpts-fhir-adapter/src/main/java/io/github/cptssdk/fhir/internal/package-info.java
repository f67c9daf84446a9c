/** Implementation of the FHIR adapter (writers, readers, validation supports): not exported, may change at any time. */
@NullMarked
package io.github.cptssdk.fhir.internal;

import org.jspecify.annotations.NullMarked;
