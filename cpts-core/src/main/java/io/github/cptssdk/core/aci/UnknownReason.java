package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.internal.AciMessages;
import io.github.cptssdk.core.validation.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Why an amount is unknown: a stable code of the ACI message bundle ({@code CPTS-1440..1459}) and its
 * arguments, read in English or French with {@link #text()}. Immutable.
 *
 * @param code the code, {@code CPTS-nnnn}
 * @param args the arguments of the message (figures, a line id), never personal data
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record UnknownReason(String code, List<String> args) {

  private static final Pattern CODE = Pattern.compile("CPTS-\\d{4}");

  /**
   * @param code the code
   * @param args the arguments (copied)
   * @throws IllegalArgumentException if the code is not {@code CPTS-nnnn}
   */
  public UnknownReason {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code must be CPTS-nnnn: [" + code + "]");
    }
    args = List.copyOf(Objects.requireNonNull(args, "args"));
  }

  /** @return no figure of an accepted status, and no candidate either */
  public static UnknownReason noNationalFigure() {
    return new UnknownReason("CPTS-1440", List.of());
  }

  /**
   * @param candidates the candidates left out, e.g. {@code 22500 OBSERVED [contract-rovira]}
   * @return no figure of an accepted status; candidates of other statuses exist
   */
  public static UnknownReason candidatesNotAccepted(String candidates) {
    return new UnknownReason("CPTS-1441", List.of(candidates));
  }

  /**
   * @param values the disagreeing values with their sources
   * @return the accepted figures of the best status disagree
   */
  public static UnknownReason sourcesDisagree(String values) {
    return new UnknownReason("CPTS-1442", List.of(values));
  }

  /** @return the contract has no indicator lines to score */
  public static UnknownReason noIndicatorLines() {
    return new UnknownReason("CPTS-1443", List.of());
  }

  /** @return an indicator line of the contract has no amount */
  public static UnknownReason lineWithoutAmount() {
    return new UnknownReason("CPTS-1444", List.of());
  }

  /**
   * @param lineId the id of the indicator line
   * @return the line cannot be scored (amount, baseline or target missing)
   */
  public static UnknownReason lineNotScorable(String lineId) {
    return new UnknownReason("CPTS-1445", List.of(lineId));
  }

  /** @return the message in English and French */
  public LocalizedText text() {
    return AciMessages.get().text(code, args.toArray());
  }

  @Override
  public String toString() {
    return code + ": " + text().en();
  }
}
