/**
 * The JSON reports of cpts-sdk: validation issue lists, eligibility reports and territory profiles
 * (format and JSON Schema: docs/reports-json.md).
 */
@NullMarked
package io.github.cptssdk.json.report;

import org.jspecify.annotations.NullMarked;
