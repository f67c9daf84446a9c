package io.github.cptssdk.core.testing;

import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.Lifecycle;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for the dated milestones of a CPTS, in order (letter of intent, association
 * registered, health project submitted then validated, contract signed on or after the validation),
 * stopping at any stage so that later milestones are null.
 */
public final class LifecycleArbitraries {

  private LifecycleArbitraries() {}

  /** @return health projects submitted on {@code submitted}: explicitly validated, tacitly validated, or objected to */
  public static Arbitrary<HealthProject> healthProject(LocalDate submitted) {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 59))
        .as((kind, days) -> switch (kind) {
          case 0 -> new HealthProject(submitted, submitted.plusDays(days), null);
          case 1 -> HealthProject.submittedOn(submitted);
          default -> new HealthProject(submitted, null, submitted.plusDays(days));
        });
  }

  /** @return validated health projects (explicitly or tacitly) */
  public static Arbitrary<HealthProject> validatedProject(LocalDate submitted) {
    return healthProject(submitted).filter(p -> p.validatedOn().isPresent());
  }

  /** @return lifecycles whose milestones are in order; contracts follow a validated project */
  public static Arbitrary<Lifecycle> lifecycle() {
    Arbitrary<Integer> gap = Arbitraries.integers().between(0, 400);
    return Combinators.combine(Arbitraries.integers().between(0, 4), ModelArbitraries.date(), gap, gap, gap)
        .flatAs((stage, letter, g1, g2, g3) -> {
          Lifecycle l = Lifecycle.empty().withLetterOfIntentOn(stage >= 1 ? letter : null);
          LocalDate registered = letter.plusDays(g1);
          l = l.withAssociationRegisteredOn(stage >= 2 ? registered : null);
          if (stage < 3) {
            return Arbitraries.just(l);
          }
          LocalDate submitted = registered.plusDays(g2);
          Lifecycle withProject = l;
          Arbitrary<HealthProject> project = stage == 4 ? validatedProject(submitted) : healthProject(submitted);
          return project.map(p -> stage == 4
              ? withProject.withHealthProject(p).withContractSignedOn(p.validatedOn().orElseThrow().plusDays(g3))
              : withProject.withHealthProject(p));
        });
  }
}
