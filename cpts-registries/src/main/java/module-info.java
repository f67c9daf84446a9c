/** cpts-sdk registries: the Annuaire Santé (RPPS) extraction and FINESS+, read in streaming, and what they give. */
module io.github.cptssdk.registries {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive io.github.cptssdk.core;
  requires com.fasterxml.jackson.core;

  exports io.github.cptssdk.registries;
  exports io.github.cptssdk.registries.annuaire;
  exports io.github.cptssdk.registries.finess;
  exports io.github.cptssdk.registries.supply;
}
