package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.InputError;

class KeepingTest {
    @Test
    void theDefaultKeyLivesInTheConfigurationFolderNotBesideTheData(@TempDir Path home) throws Exception {
        List<String> notices = new ArrayList<>();
        Map<String, String> env = Map.of("HOME", home.toString(), "MARSAD_HOME", home.resolve("checkout").toString());
        Keeping keeping = Keeping.of(env, notices::add);
        String sealed = keeping.key(true).cipher().encrypt("identity");
        Path file = home.resolve(".config/marsad/secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(notices).singleElement().asString().contains("created a new secret key").contains(file.toString());
        assertThat(keeping.anchors()).isEqualTo(home.resolve(".config/marsad/anchors"));
        assertThat(Files.exists(home.resolve("checkout/marsad-data"))).isFalse();

        assertThat(Keeping.of(env, notices::add).key(false).cipher().decrypt(sealed)).isEqualTo("identity");
        assertThat(notices).hasSize(1);
    }

    @Test
    void aMissingKeyIsAnErrorUnlessANewDatabaseAsksForOne(@TempDir Path dir) {
        Keeping keeping = Keeping.of(Map.of("MARSAD_KEY_FILE", dir.resolve("absent.key").toString()), s -> { });
        assertThatThrownBy(() -> keeping.key(false)).isInstanceOf(InputError.class)
                .hasMessageContaining("missing").hasMessageContaining("absent.key");
        assertThat(Files.exists(dir.resolve("absent.key"))).isFalse();
    }

    @Test
    void aKeyLeftInTheOldPlaceBesideTheDataIsNamedNotReplaced(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("marsad-data"));
        Files.writeString(home.resolve("marsad-data/secret.key"), Base64.getEncoder().encodeToString(new byte[32]));
        Keeping keeping = Keeping.of(Map.of("HOME", home.toString(), "MARSAD_HOME", home.toString()), s -> { });
        assertThatThrownBy(() -> keeping.key(true)).isInstanceOf(InputError.class)
                .hasMessageContaining("move").hasMessageContaining("marsad-data/secret.key");
    }

    @Test
    void anInlineKeyComesFirstAndEachUseDerivesItsOwnKey() {
        byte[] key = new byte[32];
        key[0] = 7;
        String b64 = Base64.getEncoder().encodeToString(key);
        Keeping.Key k = Keeping.of(Map.of("MARSAD_KEY", b64, "MARSAD_KEY_FILE", "/nonexistent"), s -> { }).key(false);
        assertThat(k.cipher().decrypt(new FieldCipher(key).encrypt("x"))).isEqualTo("x");
        assertThat(k.auditKey()).isNotEqualTo(key);
        assertThat(k.check()).hasSize(32).isNotEqualTo(Keeping.of(Map.of("MARSAD_KEY",
                Base64.getEncoder().encodeToString(new byte[32])), s -> { }).key(false).check());
        assertThatThrownBy(() -> Keeping.of(Map.of("MARSAD_KEY", "c2hvcnQ="), s -> { }).key(false))
                .hasMessageContaining("32 bytes");
    }
}
