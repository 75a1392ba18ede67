package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void hashesAreArgon2idPhcStringsWithAFreshSalt() {
        String a = Passwords.hash("correct horse battery".toCharArray());
        String b = Passwords.hash("correct horse battery".toCharArray());
        assertThat(a).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void onlyTheRightPasswordVerifies() {
        String hash = Passwords.hash("كلمة سر طويلة جدا".toCharArray());
        assertThat(Passwords.verify("كلمة سر طويلة جدا".toCharArray(), hash)).isTrue();
        assertThat(Passwords.verify("كلمة سر طويلة جدأ".toCharArray(), hash)).isFalse();
        assertThat(Passwords.verify("anything".toCharArray(), "not a hash")).isFalse();
        assertThat(Passwords.verify("anything".toCharArray(), null)).isFalse();
    }

    @Test
    void verifiesTheReferenceVectorOfAnotherImplementation() {
        // argon2-cffi / the reference CLI: password "password", salt "somesalt", m=65536, t=2, p=1
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertThat(Passwords.verify("password".toCharArray(), reference)).isTrue();
    }
}
