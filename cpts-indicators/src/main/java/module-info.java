/** cpts-sdk indicators: the ACI indicators over patient-level data. */
module io.github.cptssdk.indicators {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive io.github.cptssdk.core;
  requires org.slf4j;

  exports io.github.cptssdk.indicators;
  exports io.github.cptssdk.indicators.csv;
  exports io.github.cptssdk.indicators.synth;
}
