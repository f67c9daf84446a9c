package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.internal.BeanValidation;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Semantic validation of a {@link Cpts}: what the constructors cannot check because it involves several
 * fields or a referential. Returns a {@link ValidationReport}; never throws for bad data.
 *
 * <p>Checks, with their codes (CPTS-0100..0199; messages in English and French):
 * <ul>
 *   <li>Bean Validation constraints of the model (CPTS-0150..0155, or the constraint's own code);
 *   <li>duplicate professionals (same RPPS, CPTS-0100), organisations (same FINESS, CPTS-0101, or SIRET,
 *       CPTS-0102) and mission commitments (CPTS-0103), reported at the later occurrence;
 *   <li>empty territory (CPTS-0104), a city with one of its arrondissements municipaux (CPTS-0114,
 *       warning), a professional practising outside the territory (CPTS-0115, info);
 *   <li>lifecycle order: letter of intent, association registered, health project submitted, contract
 *       signed (CPTS-0105); a contract needs a health project (CPTS-0107) not rejected (CPTS-0108) and
 *       validated on or before the signature (CPTS-0106); a mission started before the contract
 *       (CPTS-0111, warning);
 *   <li>no SIREN once the association is registered (CPTS-0109, warning); a SIRET outside the SIREN
 *       (CPTS-0110);
 *   <li>with a referential: territory communes unknown (CPTS-0112), practice communes unknown
 *       (CPTS-0113, warning).
 * </ul>
 * The rules of the ACI (eligibility, required missions by agreement version) are not checked here.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CptsValidator {

  private static final CptsValidator INSTANCE = new CptsValidator();

  private CptsValidator() {}

  /** @return the validator */
  public static CptsValidator get() {
    return INSTANCE;
  }

  /**
   * @param cpts the CPTS to check
   * @return the issues of {@code cpts}, without the referential checks (CPTS-0112, CPTS-0113)
   */
  public ValidationReport validate(Cpts cpts) {
    return run(Objects.requireNonNull(cpts, "cpts"), null);
  }

  /**
   * @param cpts the CPTS to check
   * @param referential the referential that knows the communes
   * @return the issues of {@code cpts}, including unknown communes according to {@code referential}
   */
  public ValidationReport validate(Cpts cpts, CommuneReferential referential) {
    return run(Objects.requireNonNull(cpts, "cpts"), Objects.requireNonNull(referential, "referential"));
  }

  private static ValidationReport run(Cpts cpts, @Nullable CommuneReferential referential) {
    List<ValidationIssue> issues = new ArrayList<>(BeanValidation.get().validate(cpts).issues());
    Consumer<ValidationIssue> out = issues::add;
    MemberRules.check(cpts, out);
    TerritoryRules.check(cpts, referential, out);
    IdentityRules.check(cpts, out);
    LifecycleRules.check(cpts, out);
    return ValidationReport.of(issues);
  }
}
