/** cpts-sdk indicators: the ACI indicators over patient-level data. */
module io.github.cptssdk.indicators {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive io.github.cptssdk.core;
  requires org.slf4j;

  exports io.github.cptssdk.indicators;
  exports io.github.cptssdk.indicators.csv;
  exports io.github.cptssdk.indicators.synth;
  // The CSV scanner and field parsers, shared with the desk's readers (one scanner, one error model).
  exports io.github.cptssdk.indicators.csv.internal to io.github.cptssdk.desk;
}
