package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator of the CPTS (coordinateur / coordinatrice).
 *
 * @param name the name
 * @param email the professional e-mail address, if given
 */
@API(status = STABLE, since = "0.1")
public record Coordinator(
    @NotBlank @Size(max = Cpts.MAX_NAME_LENGTH) String name,
    @Email @Size(max = MAX_EMAIL_LENGTH) @Nullable String email) {

  /** Longest accepted e-mail address (RFC 5321 path limit; Bean Validation, CPTS-0151). */
  public static final int MAX_EMAIL_LENGTH = 254;


  /**
   * @param name the name, not blank
   * @param email the e-mail address, or null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public Coordinator {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("coordinator name must not be blank");
    }
  }
}
