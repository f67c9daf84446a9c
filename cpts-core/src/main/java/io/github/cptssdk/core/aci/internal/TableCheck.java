package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciTableException;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.AciVersionId;
import io.github.cptssdk.core.aci.EvidenceStatus;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.Figure;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.aci.SuppliedTable;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Checks a supplied table against the version it applies to (codes CPTS-1470..1480) and turns its rows into
 * figures of status SUPPLIED. Any error: nothing is returned, every error is thrown at once.
 */
public final class TableCheck {

  /**
   * A sanity bound, not a rule of the agreement: the largest national figure known is 580 000 euros a year
   * (MAX_ANNUAL_TOTAL SIZE_4, aci-cpts.md 4.3); a single line above 10 million euros is a typing error.
   */
  static final Euros ABSURD = Euros.of(10_000_000);

  private TableCheck() {}

  /** @return the figures of the table, status SUPPLIED, sources the table's label then the row's keys */
  public static List<Figure> figures(AciVersion version, SuppliedTable table) {
    List<ValidationIssue> errors = new ArrayList<>();
    table.malformed().forEach(r -> errors.add(TableText.VERSION_ID.equals(r.item()) ? badId(r) : error("CPTS-1470", r.line(), r.value())));
    if (table.versionId() != null && !table.versionId().equals(version.id())) {
      errors.add(error("CPTS-1480", 0, table.versionId(), version.id()));
    }
    List<Figure> out = new ArrayList<>();
    Map<Cell, Integer> seen = new HashMap<>();
    for (SuppliedTable.Row row : table.rows()) {
      Figure f = figure(version, table.source(), row, errors);
      if (f != null) {
        Integer before = seen.putIfAbsent(new Cell((FundingItem) f.item(), f.mission(), f.size()), row.line()); // a row is a funding item
        if (before != null) {
          errors.add(error("CPTS-1476", row.line(), before));
        } else {
          out.add(f);
        }
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(TableCheck::lineOf));
      throw new AciTableException(errors);
    }
    return out;
  }

  /**
   * @return the error of a table that names no usable version: its malformed version id (CPTS-1495) if it has
   *     one, else CPTS-1478
   */
  public static AciTableException unnamed(SuppliedTable table) {
    List<ValidationIssue> bad = table.malformed().stream().filter(r -> TableText.VERSION_ID.equals(r.item()))
        .map(TableCheck::badId).toList();
    return new AciTableException(bad.isEmpty() ? List.of(error("CPTS-1478", 0)) : bad);
  }

  private static ValidationIssue badId(SuppliedTable.Row r) {
    return error("CPTS-1495", r.line(), r.value(), AciVersionId.MAX_LENGTH);
  }


  private static @Nullable Figure figure(AciVersion version, String source, SuppliedTable.Row row,
      List<ValidationIssue> errors) {
    int before = errors.size();
    FundingItem item = parse(FundingItem.class, row.item(), "CPTS-1471", row.line(), errors);
    Mission mission = row.mission() == null ? null : parse(Mission.class, row.mission(), "CPTS-1472", row.line(), errors);
    SizeBand size = row.size() == null ? null : sizeOf(row, errors);
    if (row.size() == null) {
      errors.add(error("CPTS-1473", row.line(), "-"));
    }
    if (item != null && item.perMission() != (row.mission() != null)) {
      errors.add(error("CPTS-1477", row.line(), item, item.perMission() ? 1 : 0));
    }
    if (mission != null && version.mission(mission).isEmpty()) {
      errors.add(error("CPTS-1474", row.line(), mission, version.id()));
    }
    if (row.status() != null && !row.status().equals(EvidenceStatus.SUPPLIED.name())) {
      errors.add(error("CPTS-1479", row.line(), row.status()));
    }
    Euros value = amount(row, errors);
    if (errors.size() > before || item == null || size == null || value == null) {
      return null;
    }
    return new Figure(item, mission, size, value.toBigDecimal().toPlainString(), EvidenceStatus.SUPPLIED,
        Stream.concat(Stream.of(source), row.sources().stream()).distinct().toList(), row.note());
  }

  private static @Nullable SizeBand sizeOf(SuppliedTable.Row row, List<ValidationIssue> errors) {
    try {
      return SizeBand.parse(row.size());
    } catch (IllegalArgumentException e) {
      errors.add(error("CPTS-1473", row.line(), row.size()));
      return null;
    }
  }

  private static @Nullable Euros amount(SuppliedTable.Row row, List<ValidationIssue> errors) {
    Euros e;
    try {
      e = row.value() == null ? null : Euros.parse(row.value());
    } catch (RuntimeException ex) {
      e = null;
    }
    if (e == null || e.isNegative() || e.compareTo(ABSURD) > 0) {
      errors.add(error("CPTS-1475", row.line(), row.value() == null ? "-" : row.value(), ABSURD.toBigDecimal().toPlainString()));
      return null;
    }
    return e;
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name, String code, int line,
      List<ValidationIssue> errors) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    errors.add(error(code, line, name));
    return null;
  }

  private static int lineOf(ValidationIssue i) {
    return i.path().startsWith("line ") ? Integer.parseInt(i.path().substring(5)) : 0;
  }

  private static ValidationIssue error(String code, int line, Object... args) {
    return ValidationIssue.error(code, line == 0 ? "version" : "line " + line, AciMessages.get().text(code, args));
  }
}
