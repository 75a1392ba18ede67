package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.InputError;

class SecretKeysTest {
    @Test
    void theDefaultKeyFileIsCreatedOwnerOnlyAndReusedNextTime(@TempDir Path home) throws Exception {
        Map<String, String> env = Map.of("MARSAD_HOME", home.toString());
        String sealed = SecretKeys.cipher(env).encrypt("identity");
        Path file = home.resolve("marsad-data/secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretKeys.cipher(env).decrypt(sealed)).isEqualTo("identity");
    }

    @Test
    void anInlineKeyComesFirstAndANamedFileMustExist(@TempDir Path dir) {
        byte[] key = new byte[32];
        key[0] = 7;
        String b64 = Base64.getEncoder().encodeToString(key);
        String sealed = new FieldCipher(key).encrypt("x");
        assertThat(SecretKeys.cipher(Map.of("MARSAD_KEY", b64, "MARSAD_KEY_FILE", "/nonexistent")).decrypt(sealed))
                .isEqualTo("x");
        assertThatThrownBy(() -> SecretKeys.cipher(Map.of("MARSAD_KEY_FILE", dir.resolve("absent.key").toString())))
                .isInstanceOf(InputError.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> SecretKeys.cipher(Map.of("MARSAD_KEY", "c2hvcnQ="))).hasMessageContaining("32 bytes");
    }
}
