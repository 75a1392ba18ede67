package org.marsad.store;

import java.time.Instant;

/**
 * A user of Marsad and what they may do; the password is kept only as a hash. A disabled account
 * ({@code disabledAt} set) keeps its history but cannot sign in.
 */
public record Account(Long id, String name, Role role, String passwordHash, Instant createdAt, Instant disabledAt) {

    public Account(Long id, String name, Role role, String passwordHash, Instant createdAt) {
        this(id, name, role, passwordHash, createdAt, null);
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
