package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The pseudonym of a request, chosen by the CPTS: 1 to 64 letters, digits, hyphens or underscores. Never a
 * name nor a NIR: a number of 13 or 15 digits (the length of a NIR, with or without its key) is refused.
 * {@code parse(toString())} round-trips. Immutable.
 *
 * @param value the pseudonym
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RequestId(String value) implements Comparable<RequestId> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern NIR_LIKE = Pattern.compile("\\d{13}|\\d{15}");

  /**
   * @param value the pseudonym
   * @throws DeskException CPTS-1300 if it is not a pseudonym of that form
   */
  public RequestId {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new DeskException("CPTS-1300");
    }
  }

  /**
   * @param text the pseudonym
   * @return the request id
   * @throws DeskException CPTS-1300 if it is not a pseudonym of that form
   */
  public static RequestId parse(CharSequence text) {
    return new RequestId(Objects.requireNonNull(text, "text").toString());
  }

  /**
   * @param text any text
   * @return true if it is a valid pseudonym
   */
  public static boolean isValid(CharSequence text) {
    return FORM.matcher(text).matches() && !NIR_LIKE.matcher(text).matches();
  }

  @Override
  public int compareTo(RequestId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
