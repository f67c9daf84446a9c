package io.github.cptssdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.json.contract.ContractJson;
import io.github.cptssdk.json.contract.ContractJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, regressions of the hostile-input campaign on the JSON readers: dates without bounds (defect 1),
 * unpaired surrogates lost by the round trip (defect 2), a bare {@link UncheckedIOException} from a UTF-32
 * byte-order mark (defect 4).
 */
class HostileValuesTest {

  static String text(String name) {
    try {
      return Files.readString(Path.of("../examples/data", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String CPTS = text("cpts-sete.json");
  static final String CONTRACT = text("contract-sete.json");
  static final String RESULTS = text("contract-sete-results-year2.json");

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "1970-01-01", "2149-06-07", "+10000-01-01"})
  void aCptsDateOutOfTheModelRangeIsCode0323WithItsPath(String date) {
    String json = CPTS.replace("\"submittedOn\": \"2022-02-01\"", "\"submittedOn\": \"" + date + "\"");
    assertThatThrownBy(() -> CptsJson.readString(json)).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0323");
      assertThat(e.path()).isEqualTo("$.lifecycle.healthProject.submittedOn");
    });
  }

  @Test
  void theBoundsOfTheRangeAreRead() {
    String json = CPTS.replace("\"letterOfIntentOn\": \"2021-03-15\"", "\"letterOfIntentOn\": \"1970-01-02\"")
        .replace("\"associationRegisteredOn\": \"2021-06-10\"", "\"associationRegisteredOn\": \"1970-01-02\"");
    assertThat(CptsJson.readString(json).lifecycle().letterOfIntentOn()).hasToString("1970-01-02");
  }

  @Test
  void anUnpairedSurrogateIsCode0324WithItsPathHoweverItArrives() {
    String escaped = CPTS.replace("(exemple fictif)", "\\udc00");
    String raw = CPTS.replace("(exemple fictif)", "\udc00");
    byte[] encoded = CPTS.replace("(exemple fictif)", "@").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = replaceAt(encoded, (byte) '@', new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80});
    for (Runnable read : new Runnable[] {() -> CptsJson.readString(escaped), () -> CptsJson.readString(raw),
        () -> CptsJson.read(new ByteArrayInputStream(bytes))}) {
      assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
        assertThat(e.code()).isIn("CPTS-0324", "CPTS-0300");
        assertThat(e.path()).startsWith("$");
      });
    }
    assertThatThrownBy(() -> CptsJson.readString(escaped)).hasMessageStartingWith("CPTS-0324")
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.path()).isEqualTo("$.name"));
    assertThatThrownBy(() -> CptsJson.readString(raw)).hasMessageStartingWith("CPTS-0324");
  }

  @Test
  void aSurrogatePairIsReadAndWrittenBackExactly() {
    Cpts c = CptsJson.readString(CPTS.replace("(exemple fictif)", "\\ud83d\\ude00 \uD83D\uDE00"));
    assertThat(c.name()).endsWith("\uD83D\uDE00 \uD83D\uDE00");
    assertThat(CptsJson.readString(CptsJson.write(c))).isEqualTo(c);
  }

  private static byte[] replaceAt(byte[] in, byte marker, byte[] with) {
    int at = new String(in, StandardCharsets.ISO_8859_1).indexOf((char) marker);
    byte[] out = new byte[in.length - 1 + with.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(with, 0, out, at, with.length);
    System.arraycopy(in, at + 1, out, at + with.length, in.length - at - 1);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "1970-01-01", "2149-06-07"})
  void aContractDateOutOfTheModelRangeIsCode0652WithItsPath(String date) {
    String json = CONTRACT.replace("\"signedOn\": \"2022-11-15\"", "\"signedOn\": \"" + date + "\"");
    assertThatThrownBy(() -> ContractJson.readContract(json)).isInstanceOfSatisfying(ContractJsonException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0652");
      assertThat(e.path()).isEqualTo("$.signedOn");
      assertThat(e.getMessage()).contains("1970-01-02").contains("2149-06-06");
    });
  }

  @Test
  void anUnpairedSurrogateInAContractIsCode0652WithItsPath() {
    String json = CONTRACT.replace("Patients en ALD sans médecin traitant", "\\ud800");
    assertThatThrownBy(() -> ContractJson.readContract(json)).isInstanceOfSatisfying(ContractJsonException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0652");
      assertThat(e.path()).isEqualTo("$.missions[0].indicators[0].label");
    });
  }

  @Test
  void aNumberWithAnExponentIsWrittenBackToAnEqualContract() {
    AciContract read = ContractJson.readContract(CONTRACT.replace("\"crisisActivation\": 67500", "\"crisisActivation\": 6.75E+4"));
    assertThat(ContractJson.readContract(ContractJson.writeContract(read))).isEqualTo(read);
  }

  @Test
  void anAmountBeyondTenBillionEurosIsCode0652NotALongOverflowOfTheFunding() {
    String json = CONTRACT.replace("\"fixedAmount\": 90000", "\"fixedAmount\": 900000000000000000");
    assertThatThrownBy(() -> ContractJson.readContract(json)).isInstanceOfSatisfying(ContractJsonException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0652");
      assertThat(e.path()).isEqualTo("$.missions[0].fixedAmount");
    });
    assertThat(ContractJson.readContract(CONTRACT.replace("\"fixedAmount\": 90000", "\"fixedAmount\": 10000000000")))
        .isNotNull();
  }

  @Test
  void aUtf32ByteOrderMarkIsCode0650NotAnUncheckedIOException(@TempDir Path dir) throws IOException {
    byte[] bom = {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, '{'};
    Path file = Files.write(dir.resolve("utf32.json"), bom);
    assertThatThrownBy(() -> ContractJson.readContract(file)).isInstanceOf(ContractJsonException.class)
        .hasMessageStartingWith("CPTS-0650");
    assertThatThrownBy(() -> ContractJson.readResults(file)).isInstanceOf(ContractJsonException.class)
        .hasMessageStartingWith("CPTS-0650");
    assertThatThrownBy(() -> CptsJson.read(file)).isInstanceOf(InvalidDocumentException.class)
        .hasMessageStartingWith("CPTS-0301"); // Jackson decodes UTF-32: the document ends after its "{"
    byte[] badUtf32 = {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0x11, 0, 0};
    Path bad = Files.write(dir.resolve("bad-utf32.json"), badUtf32);
    assertThatThrownBy(() -> ContractJson.readContract(bad)).hasMessageStartingWith("CPTS-0650");
    assertThatThrownBy(() -> CptsJson.read(bad)).isInstanceOf(InvalidDocumentException.class)
        .hasMessageStartingWith("CPTS-0321");
  }

  @Test
  void aFileThatCannotBeReadIsCode0325(@TempDir Path dir) {
    assertThatThrownBy(() -> ContractJson.readContract(dir.resolve("missing.json"))).isInstanceOf(ContractJsonException.class)
        .hasMessageStartingWith("CPTS-0325");
    assertThatThrownBy(() -> ContractJson.readResults(dir)).isInstanceOf(ContractJsonException.class)
        .hasMessageStartingWith("CPTS-0325");
  }
}
