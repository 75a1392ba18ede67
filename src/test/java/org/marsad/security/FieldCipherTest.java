package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldCipherTest {
    private final FieldCipher cipher = FieldCipher.random();

    @Test
    void sealedValuesOpenWithTheSameKeyAndDifferEachTime() {
        String a = cipher.encrypt("أبو خالد، +963 944 000 111");
        String b = cipher.encrypt("أبو خالد، +963 944 000 111");
        assertThat(a).startsWith("v1:").doesNotContain("944").isNotEqualTo(b);
        assertThat(cipher.decrypt(a)).isEqualTo("أبو خالد، +963 944 000 111");
        assertThat(cipher.encrypt(null)).isNull();
    }

    @Test
    void anotherKeyOrAnAlteredValueDoesNotOpen() {
        String sealed = cipher.encrypt("contact");
        assertThatThrownBy(() -> FieldCipher.random().decrypt(sealed)).hasMessageContaining("wrong key");
        char[] c = sealed.toCharArray();
        c[10] = c[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.decrypt(new String(c))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt("plain text")).hasMessageContaining("v1:");
    }
}
