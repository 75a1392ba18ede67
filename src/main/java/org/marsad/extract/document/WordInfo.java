package org.marsad.extract.document;

import org.marsad.extract.Outcome;

/**
 * What the lexicon knows of one word once its prefixes are removed: و/ف (wa/fa, and), ب/ل/ك (bi/li/ka,
 * by/for/like) and the article ال (al-). A word may play several roles: قتلى is a noun that names an
 * outcome.
 */
public final class WordInfo {
    public static final WordInfo NONE = new WordInfo();

    Noun noun;
    /** An outcome named before its figure: مقتل (maqtal, the killing of), إصابة (iṣāba, injury of), "killed". */
    Outcome before;
    /** An outcome named after its figure: استشهدوا (istashhadū, they were martyred), "were injured". */
    Outcome after;
    int roles;
    /** A relative named by kinship (زوجته, his wife): not an extra claim when a stated figure holds them. */
    boolean kin;

    public Noun noun() {
        return noun;
    }

    /** An outcome named before its figure, else null. */
    public Outcome before() {
        return before;
    }

    /** An outcome named after its figure, else null. */
    public Outcome after() {
        return after;
    }

    /** A relative named by kinship. */
    public boolean kin() {
        return kin;
    }

    public boolean has(int role) {
        return (roles & role) != 0;
    }

    /** The word as looked up, with the prefixes it carried. */
    public record Hit(WordInfo info, boolean conjoined, boolean definite) {
        public static final Hit NONE = new Hit(WordInfo.NONE, false, false);
    }
}
