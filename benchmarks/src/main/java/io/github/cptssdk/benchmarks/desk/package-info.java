/** JMH benchmark of the médecin-traitant desk's matching. */
package io.github.cptssdk.benchmarks.desk;
