package io.github.cptssdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.github.cptssdk.core.id.AdeliNumber;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.model.Coordinator;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.Lifecycle;
import io.github.cptssdk.core.model.MemberOrganisation;
import io.github.cptssdk.core.model.MissionCommitment;
import io.github.cptssdk.core.model.Specialty;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.json.internal.LocalDateDeserializer;
import io.github.cptssdk.json.internal.StringValueDeserializer;
import io.github.cptssdk.json.internal.TerritoryDeserializer;
import io.github.cptssdk.json.internal.TerritorySerializer;
import io.github.cptssdk.json.internal.TextDeserializer;
import io.github.cptssdk.core.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Jackson module for the cpts-core model; register it explicitly ({@code JsonMapper.builder()
 * .addModule(new CptsJacksonModule())}), it is not discovered by the service loader.
 *
 * <p>Mappings:
 * <ul>
 *   <li>identifiers ({@code RppsNumber}, {@code FinessNumber}, {@code Siren}, {@code Siret},
 *       {@code CommuneCode}, {@code EpciCode}, {@code AdeliNumber}), {@code CptsId} and
 *       {@code Specialty} as JSON strings, read through their validating {@code parse}/{@code of};
 *   <li>{@code LocalDate} as {@code "YYYY-MM-DD"} only; {@code DateRange} as its text form
 *       ({@code 2019-08-25/2022-03-31}, {@code ..} for an open end);
 *   <li>{@code Territory} as the sorted array of its commune codes (a code twice is rejected);
 *   <li>enums by name; records by their components, read through their canonical (validating)
 *       constructors; null optional components are left out; a missing or null member list reads as
 *       empty, a null inside a list is rejected; a top-level {@code format} property is ignored on {@code Cpts} (checked by {@link CptsJson}).
 * </ul>
 * The module adds no type information and enables no polymorphic typing. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CptsJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private static final List<Class<?>> RECORDS = List.of(Cpts.class, HealthProfessional.class, MemberOrganisation.class,
      MissionCommitment.class, Lifecycle.class, HealthProject.class, Coordinator.class);

  /** Creates the module: identifiers as their text form, model records checked by their constructors. */
  public CptsJacksonModule() {
    super("cpts-sdk");
    text(RppsNumber.class, RppsNumber::parse);
    text(AdeliNumber.class, AdeliNumber::parse);
    text(FinessNumber.class, FinessNumber::parse);
    text(Siren.class, Siren::parse);
    text(Siret.class, Siret::parse);
    text(CommuneCode.class, CommuneCode::parse);
    text(EpciCode.class, EpciCode::parse);
    text(CptsId.class, CptsId::of);
    text(Specialty.class, Specialty::of);
    text(DateRange.class, DateRange::parse);
    addSerializer(LocalDate.class, ToStringSerializer.instance);
    addDeserializer(LocalDate.class, new LocalDateDeserializer());
    addDeserializer(String.class, new TextDeserializer());
    addSerializer(Territory.class, new TerritorySerializer());
    addDeserializer(Territory.class, new TerritoryDeserializer());
    setMixInAnnotation(Cpts.class, CptsMixin.class);
  }

  private <T> void text(Class<T> type, Function<String, T> parser) {
    addSerializer(type, ToStringSerializer.instance);
    addDeserializer(type, new StringValueDeserializer<>(type, parser));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    JsonInclude.Value nonNull = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL);
    for (Class<?> type : RECORDS) {
      context.configOverride(type).setInclude(nonNull);
    }
    context.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY, Nulls.FAIL));
  }

  /** The document's {@code format} property belongs to the envelope, checked by {@link CptsJson}. */
  @JsonIgnoreProperties({"format"})
  private abstract static class CptsMixin {}
}
