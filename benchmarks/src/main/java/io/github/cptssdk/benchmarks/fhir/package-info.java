/** JMH benchmarks of the FHIR adapter: export, import and FR Core validation of CPTS bundles. */
@NullMarked
package io.github.cptssdk.benchmarks.fhir;

import org.jspecify.annotations.NullMarked;
