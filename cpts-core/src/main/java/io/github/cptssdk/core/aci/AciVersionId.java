package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.internal.AciMessages;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The id of an ACI version, as written in the {@code VERSION_ID} line of its data file: upper-case letters
 * and digits in words joined by single underscores, starting with a letter, at most 32 characters, e.g.
 * {@code ACI_2019}, {@code AVENANT_2}. Serialised as the plain id (JSON {@code version}, CLI
 * {@code --version}).
 *
 * @param value the id
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AciVersionId(String value) implements Comparable<AciVersionId> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
  /** The longest id accepted. */
  public static final int MAX_LENGTH = 32;

  /**
   * @param value the id
   * @throws AciRulesException CPTS-1495 if the id is not of that form
   */
  public AciVersionId {
    Objects.requireNonNull(value, "value");
    if (value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
      throw new AciRulesException("CPTS-1495", AciMessages.get().english("CPTS-1495",
          value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) + "..." : value, MAX_LENGTH));
    }
  }

  /**
   * @param value the id, e.g. {@code AVENANT_2}
   * @return the id
   * @throws AciRulesException CPTS-1495 if the id is not of the documented form
   */
  public static AciVersionId of(String value) {
    return new AciVersionId(value);
  }

  /**
   * @param text an id as typed (surrounding blanks ignored), e.g. {@code AVENANT_2}
   * @return the id
   * @throws AciRulesException CPTS-1495 if the text is not an id of the documented form
   */
  public static AciVersionId parse(String text) {
    return new AciVersionId(Objects.requireNonNull(text, "text").strip());
  }

  @Override
  public int compareTo(AciVersionId o) {
    return value.compareTo(o.value);
  }

  /** @return the id itself, e.g. {@code AVENANT_2} */
  @Override
  public String toString() {
    return value;
  }
}
