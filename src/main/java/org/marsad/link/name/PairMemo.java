package org.marsad.link.name;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What comparing two name parts of one lexicon gave, remembered by the parts' numbers ({@link NamePart#id}):
 * the candidate pairs of a run meet the same few thousand spellings again and again (محمد beside أحمد
 * millions of times), and telling two spellings apart (slips, skeletons, Latin readings) costs far more
 * than looking the answer up. A fixed table where a newer answer overwrites an older one in its slot,
 * so it never grows; slots are read and written whole (opaque access to one long), so threads sharing
 * it see an answer or nothing, never half of one.
 */
public final class PairMemo {

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);
    /** Bits of one part's number: a slot holds both numbers and the answer in 64 bits. */
    private static final int ID_BITS = 30;
    private static final int ANSWER_BITS = 4;
    private static final long ANSWER_MASK = (1L << ANSWER_BITS) - 1;
    /** Answers 0 to 14 are remembered, stored plus one so that an empty slot (0) holds none. */
    public static final int LARGEST = (int) ANSWER_MASK - 1;

    private final long[] slots;
    private final int shift;

    /** A table of {@code 2^bits} slots. */
    PairMemo(int bits) {
        this.slots = new long[1 << bits];
        this.shift = Long.SIZE - bits;
    }

    /** Whether a part's number fits a slot; parts numbered beyond are compared every time. */
    static boolean fits(int id) {
        return id >= 0 && id < 1 << ID_BITS;
    }

    /** The answer remembered for two parts in this order, or -1. */
    public int get(NamePart x, NamePart y) {
        if (!fits(x.id()) || !fits(y.id())) {
            return -1;
        }
        long key = key(x.id(), y.id());
        long slot = (long) SLOT.getOpaque(slots, index(key));
        return (slot >>> ANSWER_BITS) == key && (slot & ANSWER_MASK) != 0 ? (int) (slot & ANSWER_MASK) - 1 : -1;
    }

    /** Remembers the answer (0 to {@link #LARGEST}) for two parts in this order. */
    public void put(NamePart x, NamePart y, int answer) {
        if (!fits(x.id()) || !fits(y.id()) || answer < 0 || answer > LARGEST) {
            return;
        }
        long key = key(x.id(), y.id());
        SLOT.setOpaque(slots, index(key), key << ANSWER_BITS | (answer + 1));
    }

    private static long key(int x, int y) {
        return (long) x << ID_BITS | y;
    }

    private int index(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
