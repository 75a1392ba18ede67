package org.marsad.extract.victim.arabic;

import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.Token;

/**
 * What the word tables say of each token of a passage — a title (الطفل، الشهيد), a victim's kinship noun
 * (وشقيقته), a casualty word and its outcome (استشهد، إصابة) — looked up once per token, because every stage
 * asks the same tokens again.
 */
final class WordRoles {

    private final Passage p;
    /** Per token: 0 not yet looked up, 1 looked up. */
    private final byte[] classified;
    private final String[] titleOf;
    private final String[] kinOf;
    private final VictimOutcome[] cueOf;
    private final boolean[] cueBeforeName;

    WordRoles(Passage passage) {
        this.p = passage;
        int n = passage.n;
        this.classified = new byte[n];
        this.titleOf = new String[n];
        this.kinOf = new String[n];
        this.cueOf = new VictimOutcome[n];
        this.cueBeforeName = new boolean[n];
    }

    private void classify(int j) {
        if (classified[j] != 0) {
            return;
        }
        classified[j] = 1;
        Token tok = p.t.get(j);
        if (!tok.isWord() || tok.norm().isEmpty() || !ArabicNameRun.isArabicLetter(tok.norm().charAt(0))) {
            return;
        }
        String w = tok.norm();
        titleOf[j] = ArabicWords.known(ArabicWords.TITLES, w);
        kinOf[j] = titleOf[j] == null ? ArabicWords.known(ArabicWords.KIN, w) : null;
        String k = ArabicWords.known(ArabicWords.CUES, w);
        if (k == null && w.length() > 4 && w.startsWith("ال")) {
            k = ArabicWords.known(ArabicWords.CUES, w.substring(2));
        }
        if (k != null) {
            cueOf[j] = ArabicWords.CUES.get(k);
            cueBeforeName[j] = ArabicWords.CUES_BEFORE_NAME.contains(k);
            if (cueOf[j] == VictimOutcome.INJURED && j > 0 && p.t.get(j - 1).isWord()
                    && ArabicWords.SUCCUMBING.contains(p.t.get(j - 1).norm())) {
                cueOf[j] = VictimOutcome.KILLED; // "متأثراً بإصابته" (succumbing to his wounds): he died of them
            }
        } else if (titleOf[j] != null) {
            cueOf[j] = ArabicWords.TITLES.get(titleOf[j]).outcome();
        }
    }

    /** The title's table key at {@code j}, or null. */
    String title(int j) {
        classify(j);
        return titleOf[j];
    }

    /** The kinship noun's table key at {@code j}, or null. */
    String kin(int j) {
        classify(j);
        return kinOf[j];
    }

    boolean titleOrKin(int j) {
        if (j < 0 || j >= p.n) {
            return false;
        }
        classify(j);
        return titleOf[j] != null || kinOf[j] != null;
    }

    /** The outcome of the casualty word (or of the title, الشهيد) at {@code j}, or null. */
    VictimOutcome cue(int j) {
        classify(j);
        return cueOf[j];
    }

    /** Whether the casualty word at {@code j} stands before its victim's name (استشهاد X, أصيب X). */
    boolean cueBeforeName(int j) {
        classify(j);
        return cueBeforeName[j];
    }
}
