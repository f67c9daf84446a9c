/** cpts-sdk JSON: the Jackson module and the JSON document format of the cpts-core model. */
module io.github.cptssdk.json {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive io.github.cptssdk.core;
  requires transitive io.github.cptssdk.indicators;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports io.github.cptssdk.json;
  exports io.github.cptssdk.json.contract;
  exports io.github.cptssdk.json.report;
  exports io.github.cptssdk.json.sas;
}
