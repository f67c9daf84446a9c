package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.IndicatorKind;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.sas.SasActivity;
import io.github.cptssdk.core.sas.SasAppointment;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasProfessionalId;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSlot;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.indicators.PublishedValue.Suppression;
import io.github.cptssdk.indicators.internal.Suppressor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The SAS indicators of the catalogue computed from SAS appointments ({@code FrAppointmentSAS}) and the
 * offers whose slots they booked: {@link Indicator#SAS_APPOINTMENTS_HONOURED} (denominator: appointments
 * given, i.e. not cancelled; numerator: honoured, i.e. fulfilled) and {@link Indicator#SAS_PROFESSIONALS}
 * (distinct professionals given one appointment at least), aci-cpts.md 5.2. Everything goes through the
 * indicator engine's own roll-up and small-count suppression: per CPTS, department and region by
 * {@link #report(IndicatorEngine, Placement)}, per professional by {@link #activity}. Stateless.
 *
 * <pre>{@code
 * SasIndicators.Placement placed = SasIndicators.place(List.of(offer), appointments, ZoneId.of("Europe/Paris"));
 * IndicatorReport report = SasIndicators.report(engine, placed);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SasIndicators {

  /** The catalogue indicators computed from SAS appointments. */
  public static final List<Indicator> INDICATORS =
      List.of(Indicator.SAS_APPOINTMENTS_HONOURED, Indicator.SAS_PROFESSIONALS);

  private SasIndicators() {}

  /**
   * SAS appointments placed on the commune referential.
   *
   * @param events one {@link CareEvent.Kind#SAS_APPOINTMENT} per appointment given, at the commune of its
   *     practice site, on the day of its start
   * @param unplaced the appointments given that no site commune places (slot unknown to the offers and
   *     professional without exactly one commune, or a site without commune); cancelled ones are neither
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Placement(List<CareEvent> events, List<SasAppointment> unplaced) {

    /**
     * Copies the lists.
     *
     * @param events the events
     * @param unplaced the appointments left unplaced
     */
    public Placement {
      events = List.copyOf(events);
      unplaced = List.copyOf(unplaced);
    }
  }

  /**
   * Places appointments: an appointment given is placed at the commune of the site of the slot it
   * booked; when its slot is not in the offers, at the commune of its professional's sites if they all
   * lie in one commune. Cancelled appointments are not given (docs/sas.md) and yield nothing.
   *
   * @param offers the offers whose slots were booked
   * @param appointments the appointments read back
   * @param zone the zone giving an appointment's day (French time: {@code Europe/Paris}, or an overseas zone)
   * @return the events and the appointments left unplaced
   */
  public static Placement place(Collection<SasOffer> offers, Collection<SasAppointment> appointments, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    Map<String, CommuneCode> bySlot = new HashMap<>();
    Map<SasProfessionalId, Set<Optional<CommuneCode>>> byProfessional = new HashMap<>();
    for (SasOffer offer : offers) {
      for (SasSchedule s : offer.schedules()) {
        byProfessional.computeIfAbsent(s.professional(), k -> new HashSet<>()).add(Optional.ofNullable(s.site().commune()));
        if (s.site().commune() != null) {
          for (SasSlot slot : s.slots()) {
            bySlot.put(slot.id(), s.site().commune());
          }
        }
      }
    }
    List<CareEvent> events = new ArrayList<>();
    List<SasAppointment> unplaced = new ArrayList<>();
    for (SasAppointment a : appointments) {
      if (!a.given()) {
        continue;
      }
      CommuneCode commune = a.slotId() == null ? null : bySlot.get(a.slotId());
      if (commune == null) {
        Set<Optional<CommuneCode>> sites = byProfessional.getOrDefault(a.professional(), Set.of());
        commune = sites.size() == 1 ? sites.iterator().next().orElse(null) : null;
      }
      if (commune == null) {
        unplaced.add(a);
      } else {
        LocalDate day = a.time().start().atZone(zone).toLocalDate();
        events.add(new CareEvent(day, commune, CareEvent.Kind.SAS_APPOINTMENT, a.professional().toString(), a.honoured(), 0));
      }
    }
    return new Placement(events, unplaced);
  }

  /**
   * The SAS indicators per CPTS (territories of the engine), department and region, with the engine's
   * suppression; appointments of other years than the engine's are ignored, as every event is.
   *
   * @param engine the engine (referential, territories, year, suppression)
   * @param placement the placed appointments
   * @return the report (the values of {@link #INDICATORS} are the SAS ones; the others hold nothing)
   * @throws IndicatorException CPTS-0720 if a site's commune is not in the engine's referential
   */
  public static IndicatorReport report(IndicatorEngine engine, Placement placement) {
    IndicatorAccumulator acc = engine.newAccumulator();
    placement.events().forEach(acc::accept);
    return acc.report();
  }

  /**
   * The SAS activity of one CPTS as it may be published: its total and its professionals'
   * {@link Indicator#SAS_APPOINTMENTS_HONOURED} cells, suppressed together by the engine's suppression (a
   * professional's cell is masked when it fails the primary rule, and further cells so that no masked
   * one is the total minus published ones), and its count of professionals taking part.
   *
   * @param name the CPTS, as shown
   * @param period the period the appointments cover
   * @param total the CPTS's cell
   * @param professionals the count of distinct professionals given one appointment at least
   * @param byProfessional each professional's cell, ordered by identifier
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Activity(String name, DateRange period, PublishedValue total, PublishedValue professionals,
      Map<SasProfessionalId, PublishedValue> byProfessional) {

    /**
     * Copies the map, in its order.
     *
     * @param name the name
     * @param period the period
     * @param total the total
     * @param professionals the professionals
     * @param byProfessional the byProfessional
     */
    public Activity {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(professionals, "professionals");
      byProfessional = Collections.unmodifiableMap(new LinkedHashMap<>(byProfessional));
    }
  }

  /**
   * The published SAS activity of the appointments of one CPTS.
   *
   * @param name the CPTS, as shown
   * @param appointments its appointments (cancelled ones count for nothing)
   * @param period the period they cover
   * @param policy the small-count suppression
   * @return the activity, masked by {@code policy}
   */
  public static Activity activity(String name, Collection<SasAppointment> appointments, DateRange period,
      SuppressionPolicy policy) {
    SasActivity raw = SasActivity.of(appointments);
    List<SasProfessionalId> pros = new ArrayList<>(raw.byProfessional().keySet());
    // Areas: each professional (one atom each), then the CPTS (every atom): the engine's table form.
    int n = pros.size();
    List<List<IndicatorResult>> rows = new ArrayList<>();
    int[][] atoms = new int[n + 1][];
    for (int p = 0; p < n; p++) {
      rows.add(row(raw.byProfessional().get(pros.get(p)), 0, period));
      atoms[p] = new int[] {p};
    }
    rows.add(row(raw.total(), raw.participants(), period));
    atoms[n] = java.util.stream.IntStream.range(0, n).toArray();
    Suppression[][] s = Suppressor.suppress(rows, atoms, policy.threshold());
    Map<SasProfessionalId, PublishedValue> byPro = new LinkedHashMap<>();
    for (int p = 0; p < n; p++) {
      byPro.put(pros.get(p), published(rows.get(p), s[p], Indicator.SAS_APPOINTMENTS_HONOURED));
    }
    return new Activity(name, period, published(rows.get(n), s[n], Indicator.SAS_APPOINTMENTS_HONOURED),
        published(rows.get(n), s[n], Indicator.SAS_PROFESSIONALS), byPro);
  }

  private static List<IndicatorResult> row(SasActivity.Counts c, long professionals, DateRange period) {
    List<IndicatorResult> row = new ArrayList<>();
    for (Indicator i : Indicator.values()) {
      long num = i == Indicator.SAS_APPOINTMENTS_HONOURED ? c.honoured() : i == Indicator.SAS_PROFESSIONALS ? professionals : 0;
      long den = i == Indicator.SAS_APPOINTMENTS_HONOURED ? c.given() : 0;
      row.add(new IndicatorResult(i, num, den, period, Indicator.DEFINITION_VERSION));
    }
    return row;
  }

  private static PublishedValue published(List<IndicatorResult> row, Suppression[] s, Indicator i) {
    Suppression why = s[i.ordinal()];
    return why.masked() ? PublishedValue.masked(i, why) : PublishedValue.of(row.get(i.ordinal()));
  }

  /** What a contract line about the SAS measures, read from the published SAS values of its CPTS. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Measure {
    /** Appointments given ("rendez-vous SAS donnés"): the denominator of {@link Indicator#SAS_APPOINTMENTS_HONOURED}. */
    APPOINTMENTS_GIVEN,
    /** Appointments honoured ("rendez-vous SAS honorés"): its numerator. */
    APPOINTMENTS_HONOURED,
    /** The share of appointments given that were honoured: its rate. */
    HONOURED_RATE,
    /** Professionals taking part ("médecins participant au SAS"): {@link Indicator#SAS_PROFESSIONALS}. */
    PROFESSIONALS;

    /**
     * @param values the published values of one area (as {@link IndicatorReport#published(Area)} gives them)
     * @return the value this measure reads, empty when its cell is masked or absent
     */
    public Optional<BigDecimal> of(List<PublishedValue> values) {
      Indicator i = this == PROFESSIONALS ? Indicator.SAS_PROFESSIONALS : Indicator.SAS_APPOINTMENTS_HONOURED;
      for (PublishedValue v : values) {
        if (v.indicator() == i && !v.suppression().masked()) {
          return switch (this) {
            case APPOINTMENTS_GIVEN -> v.denominator().stream().mapToObj(BigDecimal::valueOf).findFirst();
            case HONOURED_RATE -> v.rate();
            default -> v.numerator().stream().mapToObj(BigDecimal::valueOf).findFirst();
          };
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Feeds the SAS lines of a contract with the measured SAS values of its CPTS. A RESULT line gets the
   * measured value (the funding engine scores it against its baseline and target); an ACTION line keeps
   * the review's {@code proven} (an action is paid when proved at the annual review, aci-cpts.md 5.3: the
   * activity is its evidence, not its proof) and carries the measured value beside it. A line whose cell
   * is masked is left as declared, so that a masked count never reaches a payment.
   *
   * @param declared the year's results as declared
   * @param lines the contract's lines
   * @param measures what each SAS line measures, by line id (lines not in {@code lines} are ignored)
   * @param values the published values of the CPTS's area
   * @return the results with the SAS lines fed
   */
  public static YearResults feed(YearResults declared, Collection<IndicatorLine> lines, Map<String, Measure> measures,
      List<PublishedValue> values) {
    Map<String, io.github.cptssdk.core.aci.IndicatorResult> all = new LinkedHashMap<>(declared.results());
    for (IndicatorLine line : lines) {
      Measure m = measures.get(line.id());
      Optional<BigDecimal> v = m == null ? Optional.empty() : m.of(values);
      if (v.isPresent()) {
        io.github.cptssdk.core.aci.IndicatorResult before = all.get(line.id());
        all.put(line.id(), line.kind() == IndicatorKind.RESULT
            ? io.github.cptssdk.core.aci.IndicatorResult.measured(line.id(), v.get())
            : new io.github.cptssdk.core.aci.IndicatorResult(line.id(), before == null ? null : before.proven(), v.get()));
      }
    }
    return new YearResults(all, declared.crisisRecognised(), declared.assumeAllMet());
  }
}
