package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cpts sas ...} run in-process on the example offer; bad input gives a code and an exit code. */
class SasCommandTest {

  private static final Path OFFER = Path.of("../examples/data/sas-offer-sete.json").toAbsolutePath();
  private static final String FROM = "2026-12-07T08:00:00+01:00";
  private static final String TO = "2026-12-07T13:00:00+01:00";

  @TempDir
  Path dir;

  private final CliCapture cli = new CliCapture();

  @Test
  void slotsWritesTheSearchset() throws IOException {
    int rc = cli.run(dir, "sas", "slots", "--offer", OFFER.toString(), "--professionals", "810000000108,810000000207",
        "--from", FROM, "--to", TO, "--out", "sas.json");
    assertThat(rc).isZero();
    String bundle = Files.readString(dir.resolve("sas.json"));
    assertThat(bundle).contains("sas-cpts-bundle-aggregator").contains("\"total\": 6");
    assertThat(cli.err()).contains("6 slots");
  }

  @Test
  void slotsAcceptsTheCsvFormOfTheOfferWithTheSameAnswer() throws IOException {
    Path csv = OFFER.resolveSibling("sas-offer-sete.csv");
    for (Path offer : new Path[] {OFFER, csv}) {
      assertThat(cli.run(dir, "sas", "slots", "--offer", offer.toString(), "--professionals", "810000000108,810000000207",
          "--from", FROM, "--to", TO, "--out", offer.getFileName() + ".bundle.json")).isZero();
    }
    assertThat(Files.readString(dir.resolve("sas-offer-sete.csv.bundle.json")))
        .isEqualTo(Files.readString(dir.resolve("sas-offer-sete.json.bundle.json")));
    Files.writeString(dir.resolve("bad.csv"), Files.readString(csv).replaceFirst(",AMB,", ",XX,"));
    assertThat(cli.run(dir, "sas", "slots", "--offer", "bad.csv", "--professionals", "810000000108", "--from", FROM,
        "--to", TO, "--out", "x.json")).isEqualTo(3);
    assertThat(cli.err()).contains("error: CPTS-1147: row 2, column consultation");
  }

  @Test
  void twentySixIdentifiersAreABadRequestWithItsOutcome() throws IOException {
    String ids = String.join(",", java.util.Collections.nCopies(26, "810000000108"));
    int rc = cli.run(dir, "sas", "slots", "--offer", OFFER.toString(), "--professionals", ids, "--from", FROM, "--to", TO,
        "--out", "bad.json");
    assertThat(rc).isEqualTo(3);
    assertThat(cli.err()).contains("CPTS-1110 professionals");
    assertThat(Files.readString(dir.resolve("bad.json"))).contains("OperationOutcome");
  }

  @Test
  void overlappingSlotsAreRefusedWithTheirPath() throws IOException {
    String json = Files.readString(OFFER).replaceFirst("2026-12-07T08:20:00Z", "2026-12-07T09:10:00Z");
    Files.writeString(dir.resolve("overlap.json"), json);
    int rc = cli.run(dir, "sas", "slots", "--offer", "overlap.json", "--professionals", "810000000108", "--from", FROM,
        "--to", TO, "--out", "x.json");
    assertThat(rc).isEqualTo(3);
    assertThat(cli.err()).contains("CPTS-1103 schedules[0].slots[1]");
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThat(cli.run(dir, "sas", "slots", "--offer", OFFER.toString(), "--professionals", "810000000108", "--from", "today",
        "--to", TO, "--out", "x.json")).isEqualTo(2);
    assertThat(cli.run(dir, "sas")).isEqualTo(2);
    assertThat(cli.run(dir, "sas", "appointments", "missing.json")).isEqualTo(3);
  }

  @Test
  void appointmentsPrintMaskedActivity() throws IOException {
    Files.writeString(dir.resolve("a.json"), "{\"resourceType\":\"Appointment\",\"extension\":[{\"url\":"
        + "\"http://interopsante.org/fhir/StructureDefinition/FrAppointmentOperator\",\"valueReference\":{\"identifier\":"
        + "{\"system\":\"urn:oid:1.2.250.1.71.4.2.1\",\"value\":\"op1\"}}}],\"identifier\":[{\"system\":\"urn:x\",\"value\":\"a1\"}],"
        + "\"status\":\"fulfilled\",\"start\":\"2026-12-07T08:00:00Z\",\"end\":\"2026-12-07T08:20:00Z\",\"participant\":"
        + "[{\"actor\":{\"identifier\":{\"system\":\"urn:oid:1.2.250.1.71.4.2.1\",\"value\":\"810000000108\"}},\"status\":\"accepted\"}]}");
    assertThat(cli.run(dir, "sas", "appointments", "a.json", "--offer", OFFER.toString())).isZero();
    assertThat(cli.out()).contains("CPTS Bassin de Thau").contains("<11").doesNotContain(" 1 ");
    cli.resetOut();
    assertThat(cli.run(dir, "sas", "appointments", "a.json", "--json", "--unmasked", "--threshold", "1")).isZero();
    assertThat(cli.out()).contains("\"honoured\" : \"1\"");
    Files.writeString(dir.resolve("t.json"), "{\"resourceType\":\"Appointment\",");
    assertThat(cli.run(dir, "sas", "appointments", "t.json")).isEqualTo(3);
    assertThat(cli.err()).contains("CPTS-0802");
  }

  private static String appointment(String id, String pro, String status, int hour) {
    return "{\"resourceType\":\"Appointment\",\"extension\":[{\"url\":"
        + "\"http://interopsante.org/fhir/StructureDefinition/FrAppointmentOperator\",\"valueReference\":{\"identifier\":"
        + "{\"system\":\"urn:oid:1.2.250.1.71.4.2.1\",\"value\":\"op1\"}}}],\"identifier\":[{\"system\":\"urn:x\",\"value\":\""
        + id + "\"}],\"status\":\"" + status + "\",\"start\":\"2026-12-07T" + String.format("%02d", hour)
        + ":00:00Z\",\"end\":\"2026-12-07T" + String.format("%02d", hour) + ":20:00Z\",\"participant\":"
        + "[{\"actor\":{\"identifier\":{\"system\":\"urn:oid:1.2.250.1.71.4.2.1\",\"value\":\"" + pro
        + "\"}},\"status\":\"accepted\"}]}";
  }

  @Test
  void aProfessionalMaskedAloneMasksAnotherSoThatTheTotalGivesNeitherBack() throws IOException {
    StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
    for (int i = 0; i < 33; i++) {
      String pro = i < 30 ? "810000000108" : "810000000116";
      String status = i < 15 || i == 30 ? "fulfilled" : "noshow";
      b.append(i == 0 ? "" : ",").append("{\"resource\":").append(appointment("a" + i, pro, status, i % 20)).append('}');
    }
    Files.writeString(dir.resolve("b.json"), b.append("]}").toString());
    assertThat(cli.run(dir, "sas", "appointments", "b.json", "--json")).isZero();
    assertThat(cli.out()).contains("\"given\" : \"33\"").contains("\"honoured\" : \"16\"")
        .contains("\"suppression\" : \"PRIMARY\"").contains("\"suppression\" : \"SECONDARY\"")
        .doesNotContain("\"given\" : \"30\"");
    cli.resetOut();
    assertThat(cli.run(dir, "sas", "appointments", "b.json")).isZero();
    assertThat(cli.out()).contains("810000000116").doesNotContain(" 30 ").contains(" 33 ");
    assertThat(cli.run(dir, "sas", "appointments", "b.json", "--unmasked", "--threshold", "0")).isEqualTo(2);
  }
}
