package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The contact fields of an activity, kept only when the reader is asked to
 * ({@link AnnuaireReader#withContacts(boolean)}): for a CPTS building its own directory. They identify a
 * person: {@link #toString()} never shows them, and no message or log line of the library holds them.
 *
 * @param lastName the name used in practice (nom d'exercice), or empty
 * @param firstName the first name used in practice, or empty
 * @param phone the phone number of the site, or empty
 * @param email the e-mail address of the site, or empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Contact(String lastName, String firstName, String phone, String email) {

  /**
   * @param lastName the name, or empty
   * @param firstName the first name, or empty
   * @param phone the phone, or empty
   * @param email the e-mail, or empty
   * @throws IllegalArgumentException if a field holds a separator {@code |}, a line break or more than 256 characters
   */
  public Contact {
    for (String s : new String[] {lastName, firstName, phone, email}) {
      Objects.requireNonNull(s, "contact field");
      if (!Activity.isPlain(s, 256)) {
        throw new IllegalArgumentException("a contact field has at most 256 characters, no '|' nor line break");
      }
    }
  }

  /** @return {@code Contact[redacted]}: the fields identify a person */
  @Override
  public String toString() {
    return "Contact[redacted]";
  }
}
