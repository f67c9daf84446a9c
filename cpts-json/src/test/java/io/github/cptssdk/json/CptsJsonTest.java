package io.github.cptssdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.model.Coordinator;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.Lifecycle;
import io.github.cptssdk.core.model.MemberOrganisation;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.MissionCommitment;
import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.core.model.Specialty;
import io.github.cptssdk.core.territory.Territory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CptsJsonTest {

  static final RppsNumber RPPS = RppsNumber.withComputedKey("1999999001");
  static final Siren SIREN = Siren.withComputedKey("99999990");

  static Cpts sample() {
    LocalDate d = LocalDate.of(2021, 3, 1);
    return Cpts.of(CptsId.of("cpts-demo"), "CPTS de démonstration", Territory.parse("34301", "2A004", "97411"))
        .withSiren(SIREN).withSiret(Siret.of(SIREN, "0001"))
        .withProfessionals(List.of(HealthProfessional.of(RPPS, Profession.PHYSICIAN).withSpecialty(Specialty.GENERAL_PRACTICE)
                .withPracticeCommune(CommuneCode.of("34301")),
            HealthProfessional.of(RppsNumber.withComputedKey("1999999002"), Profession.NURSE)))
        .withOrganisations(List.of(new MemberOrganisation("MSP du port", OrganisationKind.MSP,
            FinessNumber.withComputedKey("34999990"), null)))
        .withMissions(List.of(MissionCommitment.startedOn(Mission.ACCESS_TO_CARE, d.plusMonths(8)), MissionCommitment.of(Mission.PREVENTION)))
        .withLifecycle(new Lifecycle(d, d.plusDays(20), new HealthProject(d.plusDays(40), d.plusDays(70), null), d.plusMonths(5)))
        .withCoordinator(new Coordinator("Camille Exemple", "coordination@cpts.example.org"));
  }

  static InvalidDocumentException failure(String json) {
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> CptsJson.readString(json));
    assertThat(e).as("expected an InvalidDocumentException for %s", json).isNotNull();
    return e;
  }

  static String doc(String body) {
    return "{\"format\":\"cpts-document/1\",\"id\":\"cpts-x\",\"name\":\"CPTS X\",\"legalForm\":\"ASSOCIATION_1901\","
        + "\"territory\":[\"54395\"],\"lifecycle\":{}" + body + "}";
  }

  @Test
  void roundTripIsLossless() {
    Cpts c = sample();
    assertThat(CptsJson.readString(CptsJson.write(c))).isEqualTo(c);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CptsJson.write(c, out);
    assertThat(CptsJson.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(c);
  }

  @Test
  void theDocumentStartsWithItsFormatAndUsesPlainValues() {
    String json = CptsJson.write(sample());
    assertThat(json).startsWith("{\n  \"format\" : \"cpts-document/1\",\n  \"id\" : \"cpts-demo\"");
    assertThat(json).contains("\"territory\" : [ \"2A004\", \"34301\", \"97411\" ]")
        .contains("\"rpps\" : \"" + RPPS.value() + "\"").contains("\"profession\" : \"PHYSICIAN\"")
        .contains("\"submittedOn\" : \"2021-04-10\"").doesNotContain("null").doesNotContain("\"arsObjectedOn\"");
  }

  @Test
  void aMinimalDocumentReadsWithEmptyMemberLists() {
    Cpts c = CptsJson.readString(doc(""));
    assertThat(c.professionals()).isEmpty();
    assertThat(c.missions()).isEmpty();
    assertThat(c.lifecycle()).isEqualTo(Lifecycle.empty());
  }

  @Test
  void featuresChangeTheOutput() {
    Cpts c = Cpts.of(CptsId.of("cpts-x"), "CPTS X", Territory.parse("54395"));
    String compact = CptsJson.codec().without(CptsJsonFeature.PRETTY_PRINT, CptsJsonFeature.WRITE_EMPTY_LISTS).write(c);
    assertThat(compact).doesNotContain("\n").doesNotContain("professionals");
    assertThat(CptsJson.readString(compact)).isEqualTo(c);
    assertThat(CptsJson.codec().isEnabled(CptsJsonFeature.REQUIRE_FORMAT)).isTrue();
  }

  @Test
  void malformedJson() {
    InvalidDocumentException e = failure("{\"format\":\"cpts-document/1\",\n \"id\" 12}");
    assertThat(e.code()).isEqualTo("CPTS-0300");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isPositive();
  }

  @Test
  void truncatedDocument() {
    String json = CptsJson.write(sample());
    InvalidDocumentException e = failure(json.substring(0, json.length() / 2));
    assertThat(e.code()).isEqualTo("CPTS-0301");
  }

  @Test
  void unknownPropertyListsTheExpectedOnes() {
    InvalidDocumentException e = failure(doc(",\"professionals\":[{\"rpps\":\"" + RPPS + "\",\"profession\":\"NURSE\",\"membership\":\"ADHERENT\",\"rpsp\":1}]"));
    assertThat(e.code()).isEqualTo("CPTS-0310");
    assertThat(e.path()).isEqualTo("$.professionals[0].rpsp");
    assertThat(e.getMessage()).contains("unknown property rpsp").contains("membership, practiceCommune, profession, rpps, specialty");
    assertThat(e.text().fr()).contains("propriété inconnue rpsp");
  }

  @Test
  void unknownEnumValueListsTheAcceptedOnes() {
    InvalidDocumentException e = failure(doc(",\"missions\":[{\"mission\":\"WORLD_PEACE\"}]"));
    assertThat(e.code()).isEqualTo("CPTS-0311");
    assertThat(e.path()).isEqualTo("$.missions[0].mission");
    assertThat(e.getMessage()).contains("ACCESS_TO_CARE, CARE_PATHWAYS, PREVENTION").doesNotContain("WORLD_PEACE");
  }

  @Test
  void invalidIdentifierNamesTheKindButNotTheValue() {
    String bad = "19999990010";
    InvalidDocumentException e = failure(doc(",\"professionals\":[{\"rpps\":\"" + RPPS + "\",\"profession\":\"NURSE\",\"membership\":\"ADHERENT\"},"
        + "{\"rpps\":\"" + bad + "\",\"profession\":\"NURSE\",\"membership\":\"ADHERENT\"}]"));
    assertThat(e.code()).isEqualTo("CPTS-0314");
    assertThat(e.path()).isEqualTo("$.professionals[1].rpps");
    assertThat(e.getMessage()).contains("RPPS number").contains("check key").doesNotContain(bad);
    assertThat(e.text().fr()).contains("numéro RPPS invalide");
    assertThat(e.getCause()).isNull();
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void wrongTypes() {
    assertThat(failure(doc(",\"coordinator\":{\"name\":42}")).path()).isEqualTo("$.coordinator.name");
    assertThat(failure(doc(",\"coordinator\":{\"name\":42}")).code()).isEqualTo("CPTS-0312");
    InvalidDocumentException list = failure(doc(",\"professionals\":{}"));
    assertThat(list.code()).isEqualTo("CPTS-0312");
    assertThat(list.getMessage()).contains("a JSON array");
    InvalidDocumentException date = failure(doc(",\"lifecycle\":{\"letterOfIntentOn\":20200101}").replace(",\"lifecycle\":{}", ""));
    assertThat(date.code()).isEqualTo("CPTS-0312");
    assertThat(date.path()).isEqualTo("$.lifecycle.letterOfIntentOn");
    assertThat(failure("[]").code()).isEqualTo("CPTS-0312");
    // Jackson reads a number for a constant as an ordinal: beyond int it fails in the parser, not the binding
    InvalidDocumentException huge = failure(doc(",\"legalForm\":99999999999").replace(",\"legalForm\":\"ASSOCIATION_1901\"", ""));
    assertThat(huge.code()).isEqualTo("CPTS-0312");
    assertThat(huge.path()).isEqualTo("$.legalForm");
    assertThat(huge.getMessage()).contains("a JSON string naming a constant");
  }

  @Test
  void invalidDate() {
    InvalidDocumentException e = failure(doc("").replace("\"lifecycle\":{}", "\"lifecycle\":{\"contractSignedOn\":\"2023-02-30\"}"));
    assertThat(e.code()).isEqualTo("CPTS-0316");
    assertThat(e.path()).isEqualTo("$.lifecycle.contractSignedOn");
  }

  @Test
  void missingRequiredProperty() {
    InvalidDocumentException e = failure(doc("").replace("\"name\":\"CPTS X\",", ""));
    assertThat(e.code()).isEqualTo("CPTS-0313");
    assertThat(e.path()).isEqualTo("$.name");
    InvalidDocumentException nested = failure(doc(",\"professionals\":[{\"profession\":\"NURSE\",\"membership\":\"ADHERENT\"}]"));
    assertThat(nested.path()).isEqualTo("$.professionals[0].rpps");
  }

  @Test
  void nullInsideAListIsMissingValue() {
    InvalidDocumentException e = failure(doc(",\"missions\":[{\"mission\":\"PREVENTION\"},null]"));
    assertThat(e.code()).isEqualTo("CPTS-0313");
    assertThat(e.path()).isEqualTo("$.missions[1]");
    assertThat(CptsJson.readString(doc(",\"missions\":null")).missions()).isEmpty();
  }

  @Test
  void valueRejectedByAConstructor() {
    InvalidDocumentException e = failure(doc(",\"organisations\":[{\"name\":\"MSP\",\"kind\":\"MSP\"}]"));
    assertThat(e.code()).isEqualTo("CPTS-0315");
    assertThat(e.path()).isEqualTo("$.organisations[0]");
    assertThat(e.getMessage()).contains("FINESS or a SIRET");
  }

  @Test
  void duplicateCommuneAndDuplicateProperty() {
    InvalidDocumentException e = failure(doc("").replace("[\"54395\"]", "[\"54395\",\"54547\",\"54395\"]"));
    assertThat(e.code()).isEqualTo("CPTS-0320");
    assertThat(e.path()).isEqualTo("$.territory[2]");
    InvalidDocumentException d = failure(doc(",\"name\":\"again\""));
    assertThat(d.code()).isEqualTo("CPTS-0317");
    assertThat(d.getMessage()).contains("property name appears twice");
  }

  @Test
  void formatIsRequiredAndChecked() {
    assertThat(failure(doc("").replace("\"format\":\"cpts-document/1\",", "")).code()).isEqualTo("CPTS-0318");
    InvalidDocumentException e = failure(doc("").replace("cpts-document/1", "cpts-document/9"));
    assertThat(e.code()).isEqualTo("CPTS-0319");
    assertThat(e.path()).isEqualTo("$.format");
    Cpts c = CptsJson.codec().without(CptsJsonFeature.REQUIRE_FORMAT).readString(doc("").replace("\"format\":\"cpts-document/1\",", ""));
    assertThat(c.id()).isEqualTo(CptsId.of("cpts-x"));
  }

  @Test
  void limits() {
    String deep = "[".repeat(40) + "]".repeat(40);
    assertThat(failure(doc(",\"x\":" + deep)).code()).isEqualTo("CPTS-0303");
    assertThat(failure(doc("").replace("CPTS X", "x".repeat(CptsJsonCodec.MAX_STRING_LENGTH + 1))).code()).isEqualTo("CPTS-0304");
    assertThat(failure(doc(",\"x\":" + "1".repeat(30))).code()).isEqualTo("CPTS-0305");
    byte[] huge = new byte[CptsJsonCodec.MAX_DOCUMENT_LENGTH + 10];
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> CptsJson.read(new ByteArrayInputStream(huge)));
    assertThat(e.code()).isEqualTo("CPTS-0302");
  }

  @Test
  void trailingContentAndEmptyInput() {
    assertThat(failure(doc("") + " {}").code()).isEqualTo("CPTS-0300");
    assertThat(failure("").code()).isIn("CPTS-0301", "CPTS-0312");
  }

  @Test
  void emptyTerritoryAndDuplicateMembersAreReadThenReportedByTheValidator() {
    String pro = "{\"rpps\":\"" + RPPS + "\",\"profession\":\"NURSE\",\"membership\":\"ADHERENT\"}";
    Cpts c = CptsJson.readString(doc(",\"professionals\":[" + pro + "," + pro + "]").replace("[\"54395\"]", "[]"));
    assertThat(CptsValidator.get().validate(c).errors()).extracting(i -> i.code() + " " + i.path())
        .containsExactlyInAnyOrder("CPTS-0104 territory.communes", "CPTS-0100 professionals[1].rpps");
  }

  @Test
  void missingFile() {
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> CptsJson.read(java.nio.file.Path.of("target/no-such-file.json")));
    assertThat(e.code()).isEqualTo("CPTS-0321");
  }

  @Test
  void theMapperIsACopy() {
    assertThat(CptsJson.mapper()).isNotSameAs(CptsJson.mapper());
    assertThat(CptsJson.mapper().getRegisteredModuleIds()).contains("cpts-sdk");
    assertThat(new String(CptsJson.write(sample()).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("démonstration");
  }
}
