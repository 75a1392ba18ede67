package org.marsad.link.name;

/**
 * Whether an Arabic spelling is written only in lists whose names came back from Latin
 * ({@link BackFromLatinLists}), and whether it may have left a long vowel out.
 */
public enum Retyping {
    /** Written in a list written in Arabic (or a Latin spelling). */
    NONE,
    /**
     * Written only in lists back from Latin, with the letters of a name the other lists write (هسن has
     * the letters of حسن): read as that name's Latin, never as a longer one (حسين, a brother's name).
     */
    BACK,
    /**
     * Written only in lists back from Latin, with the letters of no name the other lists write (ابرهم):
     * it may have left out a long vowel that Latin wrote as a short one (Ibrahim).
     */
    BACK_WITHOUT_LONG_VOWELS
}
