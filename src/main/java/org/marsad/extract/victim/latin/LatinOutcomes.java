package org.marsad.extract.victim.latin;

import java.util.List;
import java.util.Set;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.Token;

/**
 * The casualty word that governs an English name (killed, wounded, missing, detained): in its sentence, after
 * a list's colon, or in the sentences before "identified as"; and whether a casualty verb's subject suffers it
 * ("was killed") or does it ("has killed 22").
 */
final class LatinOutcomes {

    private final LatinPassage passage;
    private final List<Token> t;
    private final int n;

    LatinOutcomes(LatinPassage passage) {
        this.passage = passage;
        this.t = passage.t;
        this.n = passage.n;
    }

    static final Set<String> MISSING = LatinWords.set("missing", "unaccounted");

    static final Set<String> DETAINED = LatinWords.set("arrested", "detained", "abducted", "kidnapped");

    VictimOutcome cue(int k) {
        Token tok = t.get(k);
        if (!tok.isWord()) {
            return null;
        }
        String w = tok.norm();
        if (k >= 2 && t.get(k - 1).is("the") && TENDING.contains(t.get(k - 2).norm())) {
            return null; // "aid to the wounded": others, not the person named
        }
        if (LatinWords.KILLED.contains(w)) {
            return VictimOutcome.KILLED;
        }
        if ((LatinWords.INJURED.contains(w) || w.equals("wounding")) && k > 0
                && (t.get(k - 1).is("fatally") || t.get(k - 1).is("mortally"))) {
            return VictimOutcome.KILLED; // "fatally wounding X": X died of the wounds
        }
        if (LatinWords.INJURED.contains(w)) {
            return VictimOutcome.INJURED;
        }
        if (MISSING.contains(w)) {
            return VictimOutcome.MISSING;
        }
        return DETAINED.contains(w) ? VictimOutcome.DETAINED : null;
    }

    /** The casualty word of the name's sentence: after the name first (English puts the verb after its subject). */
    VictimOutcome outcome(int from, int end) {
        for (int k = end; k < n && k < end + 40 && !passage.boundary(k); k++) {
            VictimOutcome o = cue(k);
            if (o != null) {
                return o;
            }
        }
        for (int k = from - 1; k >= 0 && k > from - 40 && !passage.boundary(k); k--) {
            VictimOutcome o = cue(k);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /**
     * The casualty word before {@code k} in its sentence, for names that are part of the people it told of:
     * "ten people were killed, including X" (not a later "also reporting several wounded").
     */
    VictimOutcome before(int k) {
        for (int j = k - 1; j >= 0 && j > k - 40 && !passage.boundary(j); j--) {
            // "10 martyrs …, including X": the dead as a quoted official counts them; not a cue elsewhere,
            // where "Martyrs" names squares and brigades
            VictimOutcome o = MARTYRS.contains(t.get(j).norm()) && !passage.capital(j) ? VictimOutcome.KILLED : cue(j);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private static final Set<String> MARTYRS = LatinWords.set("martyrs", "martyr");

    /** How far before a colon the casualty word of its sentence is looked for. */
    static final int COLON_REACH = 20;

    /**
     * The outcome of the sentence a colon ends, when a list of names follows it: a casualty word before it in
     * the sentence, none of speech right before it; else null.
     */
    VictimOutcome colonList(int colon) {
        if (colon == 0 || LatinWords.SPEECH.contains(t.get(colon - 1).norm())) {
            return null;
        }
        for (int k = colon - 1; k >= Math.max(0, colon - COLON_REACH); k--) {
            Token tok = t.get(k);
            if (tok.is(".") || tok.kind() == Token.Kind.BREAK || tok.is(":")) {
                return null;
            }
            VictimOutcome o = cue(k);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** Words that say a name follows or just came: "identified as", "named", "identifying them as". */
    static final Set<String> IDENTIFYING = Set.of("identified", "named", "identifying", "name", "names");

    static final Set<String> IDENTIFIED = Set.of("identified", "named", "name", "names");

    /** Who is identified when not a victim: "the gunman was identified as X". */
    static final Set<String> PERPETRATORS = Set.of("gunman", "gunmen", "attacker", "attackers",
            "assailant", "assailants", "suspect", "suspects", "shooter", "bomber", "perpetrator", "perpetrators",
            "killer", "killers", "driver");

    /** How many sentences back an identification looks for the deaths it names ("… killed a man. … He was identified as X"). */
    static final int IDENTIFIED_SENTENCES = 3;

    /** Words before "the wounded" / "the dead" that make them other people than the one named ("aid to the wounded"). */
    static final Set<String> TENDING = Set.of("to", "for", "aid", "help", "helping", "helped", "treat",
            "treating", "treated", "rescue", "rescuing", "evacuate", "evacuating", "carry", "carrying", "transport",
            "transporting", "tend", "tending", "bury", "burying", "mourn", "mourning");

    /** The kin noun between an identifying word and "as" at {@code as} ("the name of the wounded son as"). */
    String kinBefore(int as) {
        for (int k = as - 1; k >= Math.max(0, as - 9); k--) {
            String w = t.get(k).norm();
            if (passage.boundary(k) || IDENTIFIED.contains(w)) {
                return null;
            }
            if (LatinWords.KIN.containsKey(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * "identified as" with words between: "was identified by one of his relatives as X", "named its citizen who
     * had been killed as X" — identified or named earlier in the sentence, a few words back.
     */
    boolean identifiedBefore(int as) {
        return passage.wordBefore(as, 9, IDENTIFIED);
    }

    /** "identified as" / "named": the deaths were told just before. */
    boolean explicitBefore(int trigger) {
        return passage.wordBefore(trigger, 10, IDENTIFYING);
    }

    /**
     * The casualty word of the sentences before an identification, nearest first, up to
     * {@link #IDENTIFIED_SENTENCES}; none when a perpetrator is what its own sentence identifies.
     */
    VictimOutcome previousSentence(int from) {
        int k = from - 1;
        while (k >= 0 && !passage.boundary(k)) {
            if (PERPETRATORS.contains(t.get(k).norm())) {
                return null;
            }
            k--;
        }
        for (int sentence = 0; sentence < IDENTIFIED_SENTENCES && k >= 0; sentence++) {
            // a sentence ends in a full stop, a closing quote and a line break: step over all of them
            while (k >= 0 && (passage.boundary(k) || t.get(k).kind() == Token.Kind.PUNCT)) {
                k--;
            }
            for (int j = k; j >= 0 && j > k - 60 && !passage.boundary(j); j--) {
                VictimOutcome o = cue(j);
                if (o != null) {
                    return o;
                }
            }
            while (k >= 0 && !passage.boundary(k)) {
                k--;
            }
        }
        return null;
    }

    /** Words after an active casualty verb that begin its object: "killed 25 fishermen", "killing several". */
    static final Set<String> OBJECT_STARTS = LatinWords.set("at", "more", "over", "about", "around", "nearly", "some",
            "several", "many", "dozens", "scores", "hundreds", "thousands", "a", "an", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "up", "civilians", "people", "villagers",
            // "X visited the graves of his family, after airstrikes killed his brother": whose kin are killed is
            // not the one killed
            "his", "her", "their");

    /**
     * Whether the casualty verb at {@code k} is active, its subject the one who kills or wounds: "has killed",
     * "have killed", ", killing", or a verb with its object after it ("killed 25 fishermen"). "was killed",
     * "died", "killed in an air strike" tell of the subject's own death.
     */
    boolean agent(int k) {
        String w = t.get(k).norm();
        if (passive(k) || !(w.equals("killed") || w.equals("killing") || w.equals("wounded") || w.equals("wounding")
                || w.equals("injured") || w.equals("injuring") || w.equals("shot"))) {
            return false;
        }
        String before = k > 0 ? t.get(k - 1).norm() : "";
        if (before.equals("has") || before.equals("have") || before.equals("had") || w.endsWith("ing")) {
            return true;
        }
        return k + 1 < n && (t.get(k + 1).kind() == Token.Kind.NUMBER || OBJECT_STARTS.contains(t.get(k + 1).norm()));
    }

    /** "was killed", "were wounded", "been injured": a passive, whose subject came before. */
    boolean passive(int verb) {
        if (verb == 0) {
            return false;
        }
        String w = t.get(verb - 1).norm();
        return w.equals("was") || w.equals("were") || w.equals("been") || w.equals("be") || w.equals("is")
                || w.equals("are") || w.equals("being") || w.equals("got") || w.equals("get");
    }
}
