package org.marsad.store;

import java.time.Instant;

/**
 * The verdict on whether two victim records name the same person: decided by the linker (auto), waiting
 * for a human (review), or decided by one (confirmed / rejected). Human decisions survive re-linking.
 */
public record LinkDecision(Long id, long victimA, long victimB, double probability, Verdict verdict,
                           String decidedBy, Instant decidedAt) {

    public LinkDecision {
        if (victimA >= victimB) {
            throw new IllegalArgumentException("a pair is stored with the smaller victim id first");
        }
    }

    public enum Verdict {
        AUTO, REVIEW, CONFIRMED, REJECTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Verdict ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
