/** Implementation of cpts-json (serializers, error mapping, messages): not exported, may change at any time. */
@NullMarked
package io.github.cptssdk.json.internal;

import org.jspecify.annotations.NullMarked;
