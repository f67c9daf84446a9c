/**
 * Validation results: an immutable {@link io.github.cptssdk.core.validation.ValidationReport} of
 * {@link io.github.cptssdk.core.validation.ValidationIssue}s with stable codes, field paths and
 * messages in English and French.
 */
@NullMarked
package io.github.cptssdk.core.validation;

import org.jspecify.annotations.NullMarked;
