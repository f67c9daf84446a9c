package io.github.cptssdk.fhir.internal;

import java.util.List;
import org.hl7.fhir.r4.model.Extension;
import org.jspecify.annotations.Nullable;

/**
 * Extension look-up that tolerates repeats: HAPI's {@code getExtensionByUrl} throws an
 * IllegalArgumentException when an extension appears twice, which a foreign or broken bundle may do.
 */
final class Extensions {

  private Extensions() {}

  /** @return the first extension of the list, or null if it is empty */
  static @Nullable Extension first(List<Extension> byUrl) {
    return byUrl.isEmpty() ? null : byUrl.get(0);
  }
}
