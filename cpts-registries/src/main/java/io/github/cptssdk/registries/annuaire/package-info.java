/** The Annuaire Santé public extraction (PS_LibreAcces): the streaming reader, its typed records, a writer and a seeded generator of synthetic files. */
@NullMarked
package io.github.cptssdk.registries.annuaire;

import org.jspecify.annotations.NullMarked;
