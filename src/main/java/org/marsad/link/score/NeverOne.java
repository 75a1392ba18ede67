package org.marsad.link.score;

/**
 * The vetoes: pairs that can never be one person, whatever the model makes of their other fields. Scoring
 * gives them no chance and clustering never joins them, even through other records.
 */
public final class NeverOne {

    private NeverOne() {
    }

    /** True when two records can never be one person, whatever their other fields say. */
    public static boolean conflict(int pattern) {
        return PairPattern.level(pattern, PairPattern.GIVEN) == NameComparator.DIFFERENT
                || PairPattern.level(pattern, PairPattern.SEX) == 1;
    }

    /**
     * True when two records with this pattern can never be one person: a {@link #conflict}, or two
     * victims of one list named only by their kinship to the same person ("son of Mahmoud Nasr Nofal"
     * twice, "Grandchild of Fawzi Naffar 2"), whom a list names twice because they are two people; or a
     * record that names nobody ("Unidentified man"), which no name can tie to another.
     */
    static boolean neverOne(int pattern, byte a, byte b) {
        return conflict(pattern)
                || PairPattern.level(pattern, PairPattern.LIST) == 1 && (a & b & KINSHIP) != 0
                || ((a | b) & NAMES_NO_ONE) != 0;
    }

    /** What {@link #neverOne} reads of a record's name, in two bits: named by kinship; names nobody. */
    static byte naming(RecordProfile profile) {
        return (byte) ((profile.name().kinship() ? KINSHIP : 0) | (profile.name().namesNoOne() ? NAMES_NO_ONE : 0));
    }

    private static final int KINSHIP = 1;
    private static final int NAMES_NO_ONE = 2;
}
