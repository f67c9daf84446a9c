package io.github.cptssdk.registries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.testing.FailingInput;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.annuaire.SavoirFaireIndex;
import io.github.cptssdk.registries.finess.FinessPlusReader;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unreadable input is CPTS-1042 naming the file (never its content nor its directory) in every reader. */
class RegistryIoErrorsTest {

  @TempDir
  Path dir;


  private static void assertUnreadable(ThrowingCallable call, String name) {
    assertThatThrownBy(call).isInstanceOfSatisfying(RegistryException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-1042");
      assertThat(e.getMessage()).contains(name).doesNotContain("/");
    });
  }

  @Test
  void annuaireReader() {
    AnnuaireReader reader = AnnuaireReader.of(CommuneReferential.official());
    assertUnreadable(() -> reader.read(dir.resolve("PS_LibreAcces_Personne_activite.txt"), a -> { }),
        "PS_LibreAcces_Personne_activite.txt");
    assertUnreadable(() -> reader.read(dir, a -> { }), dir.getFileName().toString());
    assertUnreadable(() -> reader.read(FailingInput.after("Type d'identifiant PP|Identifiant PP|"), a -> { }), "stream");
  }

  @Test
  void savoirFaireIndex() {
    assertUnreadable(() -> SavoirFaireIndex.read(dir.resolve("savoir-faire.txt"), OnError.STRICT), "savoir-faire.txt");
    assertUnreadable(() -> SavoirFaireIndex.read(dir, OnError.STRICT), dir.getFileName().toString());
    assertUnreadable(() -> SavoirFaireIndex.read(FailingInput.after("Identification nationale PP|"), OnError.STRICT), "stream");
  }

  @Test
  void finessPlusReader() {
    assertUnreadable(() -> FinessPlusReader.of().read(dir.resolve("finess.json"), s -> { }), "finess.json");
    assertUnreadable(() -> FinessPlusReader.of().read(dir, s -> { }), dir.getFileName().toString());
    assertUnreadable(() -> FinessPlusReader.of().read(FailingInput.after("{\"pmej\": ["), s -> { }), "stream");
  }
}
