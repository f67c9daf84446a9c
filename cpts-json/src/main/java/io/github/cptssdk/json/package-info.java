/** Jackson support for the cpts-core model and the JSON document format of a CPTS. */
@NullMarked
package io.github.cptssdk.json;

import org.jspecify.annotations.NullMarked;
