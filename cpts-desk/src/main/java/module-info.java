/** cpts-sdk desk: the médecin-traitant desk of a CPTS (requests, GP capacity, matching, outcomes). */
module io.github.cptssdk.desk {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive io.github.cptssdk.core;
  requires transitive io.github.cptssdk.indicators;
  requires io.github.cptssdk.json;
  requires com.fasterxml.jackson.databind;

  exports io.github.cptssdk.desk;
  exports io.github.cptssdk.desk.io;
}
