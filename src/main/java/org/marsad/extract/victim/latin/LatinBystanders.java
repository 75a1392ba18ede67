package org.marsad.extract.victim.latin;

import java.util.List;
import org.marsad.text.Token;

/**
 * Who an English report names but were not harmed: speakers ("said", "according to", "spokesman") and
 * survivors.
 */
final class LatinBystanders {

    private final LatinPassage passage;
    private final List<Token> t;
    private final int n;
    private final LatinOutcomes outcomes;

    LatinBystanders(LatinPassage passage, LatinOutcomes outcomes) {
        this.passage = passage;
        this.t = passage.t;
        this.n = passage.n;
        this.outcomes = outcomes;
    }

    boolean speakerBefore(int trigger) {
        if (trigger > 0 && t.get(trigger - 1).is(":") && outcomes.colonList(trigger - 1) != null) {
            return false; // a list after a casualty sentence's colon, checked for speech there ("killed in Aleppo:")
        }
        int read = 0;
        for (int k = trigger - 1; k >= 0 && read < 3; k--) {
            if (possessive(k)) {
                k -= 2; // "said Khattab's brother, Ahmad Khattab": the relative of the dead is the one who speaks
                continue;
            }
            if (passage.boundary(k) || t.get(k).is(",")) {
                return false;
            }
            if (t.get(k).isWord() && LatinWords.SPEAKERS.contains(t.get(k).norm())) {
                return true;
            }
            read++;
        }
        return false;
    }

    /** Whether a possessive "Name's" ends at {@code k}, its s written apart from the name and apostrophe. */
    private boolean possessive(int k) {
        return k >= 2 && t.get(k).is("s") && (t.get(k - 1).is("'") || t.get(k - 1).is("’")) && t.get(k - 2).isWord();
    }

    /**
     * "…, his brother Samir Haddad said": a name followed by a verb of speech is the speaker, a relative who
     * tells of the death, not one of the dead.
     */
    boolean speaks(int end) {
        return end < n && t.get(end).isWord() && LatinWords.SPEECH.contains(t.get(end).norm());
    }

    boolean survived(int from, int end) {
        for (int k = end; k < Math.min(n, end + 4); k++) {
            if (passage.boundary(k)) {
                return false;
            }
            if (LatinWords.SURVIVED.contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }
}
