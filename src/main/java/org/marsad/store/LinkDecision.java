package org.marsad.store;

import java.time.Instant;

/**
 * The verdict on whether two victim records name the same person: decided by the linker (auto), waiting
 * for a human (review), or decided by one (confirmed: the same person; rejected: different persons).
 * Human decisions survive re-linking. {@code probability} is the linker's when it scored the pair, null
 * for a pair a person decided that the linker never proposed; {@code note} is a person's reason, or null.
 */
public record LinkDecision(Long id, long victimA, long victimB, Double probability, Verdict verdict,
                           String decidedBy, Instant decidedAt, String note) {

    public LinkDecision {
        if (victimA >= victimB) {
            throw new IllegalArgumentException("a pair is stored with the smaller victim id first");
        }
    }

    /** The linker's verdict on a pair it scored. */
    public LinkDecision(Long id, long victimA, long victimB, double probability, Verdict verdict, String decidedBy,
                        Instant decidedAt) {
        this(id, victimA, victimB, Double.valueOf(probability), verdict, decidedBy, decidedAt, null);
    }

    public enum Verdict {
        AUTO, REVIEW, CONFIRMED, REJECTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Verdict ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }

        /**
         * A person's verdict as they say it: "same" (or "confirmed") is the same person, "different" (or
         * "rejected") different persons; null for anything else.
         */
        public static Verdict ofPerson(String word) {
            return switch (word == null ? "" : word.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "same", "confirmed" -> CONFIRMED;
                case "different", "rejected" -> REJECTED;
                default -> null;
            };
        }
    }
}
