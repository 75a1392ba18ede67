package org.marsad.store.person;

import java.time.Instant;

/**
 * The verdict on whether two victim records name the same person: decided by the linker (auto), waiting
 * for a human (review), or decided by one (confirmed: the same person; rejected: different persons).
 * Human decisions survive re-linking. {@code probability} is the linker's when it scored the pair, null
 * for a pair a person decided that the linker never proposed. {@code linked} says where the linker left the
 * pair, {@code chance} how likely it is one person once what linking did with it is known (the model's
 * {@code probability} alone is not a chance), {@code priority} how much a verdict on it is expected to
 * change the count (the review queue's order); {@code note} is a person's reason, or null.
 */
public record LinkDecision(Long id, long victimA, long victimB, Double probability, Verdict verdict,
                           String decidedBy, Instant decidedAt, Placement linked, double chance, double priority,
                           String note) {

    public LinkDecision {
        if (victimA >= victimB) {
            throw new IllegalArgumentException("a pair is stored with the smaller victim id first");
        }
    }

    /** The linker's proposal with where it left the pair, its chance and its priority. */
    public LinkDecision(Long id, long victimA, long victimB, double probability, Verdict verdict,
                        String decidedBy, Instant decidedAt, Placement linked, double chance, double priority) {
        this(id, victimA, victimB, Double.valueOf(probability), verdict, decidedBy, decidedAt, linked, chance,
                priority, null);
    }

    /** A decision on a pair the linker left apart, its chance its probability, with no priority: what was stored before priorities. */
    public LinkDecision(Long id, long victimA, long victimB, double probability, Verdict verdict, String decidedBy,
                        Instant decidedAt) {
        this(id, victimA, victimB, probability, verdict, decidedBy, decidedAt, Placement.APART, probability, 0);
    }

    /** A person's verdict on any pair, scored by the linker ({@code probability}) or not (null), with a note. */
    public LinkDecision(Long id, long victimA, long victimB, Double probability, Verdict verdict, String decidedBy,
                        Instant decidedAt, String note) {
        this(id, victimA, victimB, probability, verdict, decidedBy, decidedAt, Placement.APART,
                probability == null ? 0 : probability, 0, note);
    }

    /**
     * Where linking left a pair: in different persons (apart); in one person, held together by this pair
     * (tie: cutting it splits the person); or in one person that stronger pairs also hold (within).
     */
    public enum Placement {
        APART, TIE, WITHIN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Placement ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
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
