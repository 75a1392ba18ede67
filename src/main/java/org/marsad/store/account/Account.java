package org.marsad.store.account;

import java.time.Instant;

/**
 * A user of Marsad and what they may do; the password is kept only as a hash. A disabled account
 * ({@code disabledAt} set) keeps its history but cannot sign in.
 */
public record Account(Long id, String name, Role role, String passwordHash, Instant createdAt, Instant disabledAt) {

    public Account(Long id, String name, Role role, String passwordHash, Instant createdAt) {
        this(id, name, role, passwordHash, createdAt, null);
    }

    /** Whether a login name is acceptable: letters, digits, '.', '_' and '-', at most 100. */
    public static boolean validName(String name) {
        return name != null && name.matches("[\\p{L}\\p{N}._-]{1,100}");
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    /** Admins manage accounts; editors enter and review; analysts read all but confidential source fields. */
    public enum Role {
        ADMIN, EDITOR, ANALYST;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Role ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
