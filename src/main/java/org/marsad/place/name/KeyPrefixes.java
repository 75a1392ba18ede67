package org.marsad.place.name;

/**
 * Whether a key being spelled word by word could still be, or already is, one of a table's keys: a filter of
 * bits over the hashes of every key and of each of its beginnings. The parser tries runs of up to six words
 * at every word of a mention, each run a new key to build and look up; nearly all of them begin no key at
 * all, and this says so after the first word without building a string. A filter may say "maybe" wrongly
 * (then the table is asked), never "no" wrongly.
 *
 * <p>Hashes are {@link String#hashCode}'s, grown a letter at a time with {@link #grow}, so a key spelled
 * from its words' pieces hashes as the joined string does.
 */
public final class KeyPrefixes {
    private final int bitsLog;
    private final long[] beginnings;
    private final long[] wholes;

    /**
     * @param bitsLog the filter's size as a power of two: 22 (512 KB) for some 500,000 beginnings, where about
     *                one "maybe" in eight is wrong
     */
    public KeyPrefixes(int bitsLog) {
        this.bitsLog = bitsLog;
        this.beginnings = new long[1 << (bitsLog - 6)];
        this.wholes = new long[1 << (bitsLog - 6)];
    }

    /** Adds a key and every beginning of it. */
    public void add(String key) {
        int hash = 0;
        for (int i = 0; i < key.length(); i++) {
            hash = 31 * hash + key.charAt(i);
            set(beginnings, hash);
        }
        set(wholes, hash);
    }

    /**
     * The hash of {@code hash}'s text with {@code piece} written after it: {@code hash · 31^length + piece's
     * hash}, as String.hashCode works it out letter by letter, without reading the letters again (a string
     * keeps its hash once worked out).
     */
    public static int grow(int hash, String piece) {
        return hash * powerOf31(piece.length()) + piece.hashCode();
    }

    private static final int[] POWERS_OF_31 = new int[64];

    static {
        POWERS_OF_31[0] = 1;
        for (int i = 1; i < POWERS_OF_31.length; i++) {
            POWERS_OF_31[i] = POWERS_OF_31[i - 1] * 31;
        }
    }

    private static int powerOf31(int n) {
        if (n < POWERS_OF_31.length) {
            return POWERS_OF_31[n];
        }
        int power = POWERS_OF_31[POWERS_OF_31.length - 1];
        for (int i = POWERS_OF_31.length - 1; i < n; i++) {
            power *= 31;
        }
        return power;
    }

    /** The hash of text being built, as {@link String#hashCode} would give it once a string. */
    static int hash(CharSequence text) {
        int hash = 0;
        for (int i = 0; i < text.length(); i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    /** Whether text of this hash may begin a key (a whole key begins itself; so does empty text). */
    public boolean mayBegin(int hash, int length) {
        return length == 0 || get(beginnings, hash);
    }

    /** Whether text of this hash may be a whole key. */
    public boolean mayBe(int hash) {
        return get(wholes, hash);
    }

    private int bit(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - bitsLog);
    }

    private void set(long[] bits, int hash) {
        int b = bit(hash);
        bits[b >>> 6] |= 1L << b;
    }

    private boolean get(long[] bits, int hash) {
        int b = bit(hash);
        return (bits[b >>> 6] & 1L << b) != 0;
    }
}
