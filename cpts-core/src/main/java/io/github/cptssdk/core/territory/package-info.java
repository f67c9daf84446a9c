/**
 * Territories: the official commune referential (communes, arrondissements municipaux, departments,
 * regions, EPCI, populations), territories of CPTS and their coverage (overlaps, white zones).
 */
@NullMarked
package io.github.cptssdk.core.territory;

import org.jspecify.annotations.NullMarked;
