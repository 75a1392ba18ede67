package org.marsad.estimate;

/**
 * What a statistician would say beside a figure, or instead of it: in English and Arabic, since a
 * reader of either language must see it next to the number it qualifies.
 */
public record Caution(Kind kind, String english, String arabic) {
    public enum Kind {
        /** Fewer than three lists: two lists cannot tell dependence between them from the unseen. */
        TOO_FEW_LISTS(true),
        /** One list names every documented person: the others add nobody and the overlaps say nothing. */
        LIST_HOLDS_EVERYONE(true),
        /** No person is on two lists: nothing to estimate from. */
        NO_OVERLAP(true),
        /** The method cannot take this many lists. */
        TOO_MANY_LISTS(true),
        /** A stratum of the database too small to estimate at all. */
        TOO_SMALL(true),
        /** The model has no finite estimate or no upper bound. */
        UNBOUNDED(true),
        /** Few persons on two lists or more, or two lists that share nobody. */
        FEW_OVERLAPS(false),
        /** The interval is wider than the estimate itself. */
        WIDE_INTERVAL(false),
        /** Few persons documented in this stratum. */
        SMALL_STRATUM(false),
        /** Small lists were pooled into one. */
        POOLED_LISTS(false),
        /** Records not yet linked: each counts as a person, so missed links read as persons on one list. */
        UNLINKED(false),
        /** The sampler's draws are few in effect, so its quantiles move between seeds. */
        SLOW_MIXING(false),
        /** The posterior still has weight at the end of the range searched. */
        HEAVY_TAIL(false);

        private final boolean refusal;

        Kind(boolean refusal) {
            this.refusal = refusal;
        }

        /** True when no figure can be given at all. */
        public boolean refusal() {
            return refusal;
        }
    }

    public String text(boolean arabicText) {
        return arabicText ? arabic : english;
    }
}
