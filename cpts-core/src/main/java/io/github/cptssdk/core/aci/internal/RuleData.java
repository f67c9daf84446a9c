package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciRulesException;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.AciVersionId;
import io.github.cptssdk.core.aci.EvidenceStatus;
import io.github.cptssdk.core.aci.Figure;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.MissionCategory;
import io.github.cptssdk.core.aci.MissionRule;
import io.github.cptssdk.core.aci.RuleItem;
import io.github.cptssdk.core.aci.VersionItem;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.aci.SizeBandRule;
import io.github.cptssdk.core.aci.VersionFeature;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads a version data file: one tab-separated fact per line, {@code #} comments. */
public final class RuleData {

  private static final int COLUMNS = 7;

  private RuleData() {}

  public static AciVersion parse(String text) {
    List<Figure> figures = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
        figures.add(line(lines[i], i + 1));
      }
    }
    return toVersion(figures);
  }

  private static Figure line(String line, int number) {
    String[] c = line.split("\t", -1);
    try {
      if (c.length != COLUMNS) {
        throw new IllegalArgumentException(COLUMNS + " tab-separated columns expected, found " + c.length);
      }
      return new Figure(item(c[0]), orNull(c[1], Mission::valueOf), orNull(c[2], SizeBand::valueOf), orNull(c[3], s -> s),
          EvidenceStatus.valueOf(c[4]), "-".equals(c[5]) ? List.of() : Arrays.asList(c[5].split(",")), c[6]);
    } catch (IllegalArgumentException e) {
      throw bad("line " + number + ": " + e.getMessage(), e);
    }
  }

  private static RuleItem item(String name) {
    return RuleItem.find(name).orElseThrow(() -> new IllegalArgumentException("unknown item '" + name
        + "'; expected one of " + List.of(FundingItem.values()) + " or " + List.of(VersionItem.values())));
  }

  private static <T> @Nullable T orNull(String cell, Function<String, T> f) {
    return "-".equals(cell) ? null : f.apply(cell);
  }

  private static AciVersion toVersion(List<Figure> figures) {
    AciVersionId id = AciVersionId.of(single(figures, VersionItem.VERSION_ID));
    try {
      DateRange validity = DateRange.parse(single(figures, VersionItem.VALIDITY));
      List<SizeBandRule> bands = figures.stream().filter(f -> f.item() == VersionItem.SIZE_BAND)
          .map(f -> SizeBandRule.parse(required(f.size(), VersionItem.SIZE_BAND + " size"),
              required(f.value(), VersionItem.SIZE_BAND.name()), f.status()))
          .toList();
      return AciVersion.of(id, single(figures, VersionItem.LABEL), validity, LocalDate.parse(single(figures, VersionItem.SIGNED_ON)),
          new BigDecimal(single(figures, VersionItem.ADVANCE_RATIO)), Integer.parseInt(single(figures, VersionItem.CONTRACT_YEARS)),
          bands, missions(figures, validity.start()), figures);
    } catch (RuntimeException e) {
      if (e instanceof AciRulesException a) {
        throw a;
      }
      throw bad(id + ": " + e.getMessage(), e);
    }
  }

  private static List<MissionRule> missions(List<Figure> figures, LocalDate versionStart) {
    List<MissionRule> rules = new ArrayList<>();
    for (Figure f : figures) {
      if (f.item() == VersionItem.MISSION_CATEGORY) {
        Mission m = required(f.mission(), VersionItem.MISSION_CATEGORY + " mission");
        Figure start = find(figures, VersionItem.MISSION_START_MONTHS, m);
        Figure effective = find(figures, VersionItem.MISSION_EFFECTIVE_FROM, m);
        rules.add(new MissionRule(m, MissionCategory.valueOf(required(f.value(), "category")),
            effective == null ? versionStart : LocalDate.parse(required(effective.value(), "effective")),
            months(start), months(find(figures, VersionItem.MISSION_DEPLOY_MONTHS, m)),
            start == null ? f.status() : start.status()));
      }
    }
    return rules;
  }

  private static @Nullable Integer months(@Nullable Figure f) {
    return f == null || f.value() == null ? null : Integer.valueOf(f.value());
  }

  private static @Nullable Figure find(List<Figure> figures, VersionItem item, Mission mission) {
    return figures.stream().filter(f -> f.item() == item && f.mission() == mission).findFirst().orElse(null);
  }

  private static String single(List<Figure> figures, VersionItem item) {
    List<String> values = figures.stream().filter(f -> f.item() == item && f.value() != null)
        .map(Figure::value).toList();
    if (values.size() != 1) {
      throw bad("exactly one " + item + " line with a value expected, found " + values.size(), null);
    }
    return values.get(0);
  }

  private static <T> T required(@Nullable T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be '-'");
    }
    return value;
  }

  private static AciRulesException bad(String detail, @Nullable Throwable cause) {
    return new AciRulesException("CPTS-0403", AciMessages.get().english("CPTS-0403", "rule data", detail), cause);
  }

  /** @return the features the {@code FEATURE} lines declare, each with the mission it is tied to, if any */
  public static java.util.Map<VersionFeature, java.util.Optional<Mission>> features(List<Figure> figures) {
    java.util.Map<VersionFeature, java.util.Optional<Mission>> m = new java.util.EnumMap<>(VersionFeature.class);
    for (Figure f : figures) {
      if (f.item() == VersionItem.FEATURE) {
        try {
          m.put(VersionFeature.valueOf(required(f.value(), VersionItem.FEATURE.name())), java.util.Optional.ofNullable(f.mission()));
        } catch (IllegalArgumentException e) {
          throw bad("FEATURE: " + e.getMessage(), e);
        }
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * @return the items the REFERENCE_ONLY lines declare: kept for the record, never read by the engine
   * @throws AciRulesException CPTS-0403 if a line names no item
   */
  public static java.util.Set<RuleItem> referenceOnly(List<Figure> figures) {
    java.util.Set<RuleItem> out = new java.util.HashSet<>();
    for (Figure f : figures) {
      if (f.item() == VersionItem.REFERENCE_ONLY) {
        try {
          out.add(item(required(f.value(), VersionItem.REFERENCE_ONLY.name())));
        } catch (IllegalArgumentException e) {
          throw bad("REFERENCE_ONLY: " + e.getMessage(), e);
        }
      }
    }
    return java.util.Set.copyOf(out);
  }

  /** @return the figures of the funding items grouped by cell (other lines are the version's header) */
  public static java.util.Map<Cell, List<Figure>> index(List<Figure> figures) {
    java.util.Map<Cell, List<Figure>> m = new java.util.HashMap<>();
    for (Figure f : figures) {
      if (f.item() instanceof FundingItem item) {
        m.computeIfAbsent(new Cell(item, f.mission(), f.size()), k -> new ArrayList<>()).add(f);
      }
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    return java.util.Map.copyOf(m);
  }

  /** @throws AciRulesException CPTS-0404 unless the bands, sorted, cover 0.. without gap nor overlap, once per band */
  public static void checkBands(AciVersionId versionId, List<SizeBandRule> bands) {
    List<SizeBandRule> sorted = bands.stream().sorted(Comparator.comparingLong(SizeBandRule::lower)).toList();
    boolean ok = sorted.size() == SizeBand.values().length
        && sorted.stream().map(SizeBandRule::band).distinct().count() == sorted.size()
        && !sorted.isEmpty() && sorted.get(0).lower() == 0 && sorted.get(0).lowerInclusive()
        && sorted.get(sorted.size() - 1).upper() == null;
    for (int i = 0; ok && i + 1 < sorted.size(); i++) {
      SizeBandRule a = sorted.get(i);
      SizeBandRule b = sorted.get(i + 1);
      ok = a.band().ordinal() < b.band().ordinal() && a.upper() != null && a.upper() == b.lower()
          && a.upperInclusive() != b.lowerInclusive();
    }
    if (!ok) {
      throw new AciRulesException("CPTS-0404", AciMessages.get().english("CPTS-0404", versionId));
    }
  }
}
