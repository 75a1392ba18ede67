package org.marsad.extract.victim.arabic;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.Group;
import org.marsad.extract.victim.Mention;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Given names joined by و and summed up by a kinship noun after them: "حمزة وريماس ورند، ثلاثة إخوة"
 * (three siblings), "بالإضافة لسعاد ومنى شقيقتي الضحية". Bare given names are read only here, where the
 * kinship noun says they are people: a count before it must equal the number of names, a dual needs two,
 * and names after a preposition are places ("في حلب وإدلب").
 */
final class NamesSummedByKin {

    /** How many bare given names one kinship noun may sum up. */
    private static final int MAX_NAMES = 12;
    /** A count before the kinship noun above this is no family's: it is read as this, which no list equals. */
    private static final int MAX_COUNT = 100;

    private final Passage p;
    private final List<Token> t;
    private final Outcomes outcomes;
    private final Victims victims;

    NamesSummedByKin(Passage passage, Outcomes outcomes, Victims victims) {
        this.p = passage;
        this.t = passage.t;
        this.outcomes = outcomes;
        this.victims = victims;
    }

    /** The names before the kinship noun at {@code kinAt}, read as victims when a casualty word governs them. */
    void read(int kinAt) {
        int q = kinAt - 1;
        Integer count = null;
        if (q >= 0 && t.get(q).kind() == Token.Kind.NUMBER) {
            count = (int) Math.min(MAX_COUNT, t.get(q).value());
            q--;
        } else if (q >= 0 && t.get(q).isWord() && NumberWords.isNumberWord(t.get(q).norm())) {
            NumberWords.Match m = NumberWords.read(t, q);
            count = m == null || m.end() != kinAt ? null : (int) Math.min(MAX_COUNT, m.value());
            q--;
        }
        if (q >= 0 && (t.get(q).is("،") || t.get(q).is(","))) {
            q--;
        }
        List<Integer> starts = new ArrayList<>();
        while (q >= 0 && starts.size() < MAX_NAMES) {
            Token tok = t.get(q);
            if (!tok.isWord() || victims.used(q)) {
                return;
            }
            String w = tok.norm();
            boolean joined = w.length() > 3 && w.charAt(0) == 'و' && !ArabicWords.WAW_NAMES.contains(w);
            if (!ArabicNameRun.isNameWord(tok, true)) {
                break;
            }
            starts.add(0, q);
            q--;
            if (!joined) {
                break;
            }
        }
        if (starts.size() < 2 || t.get(starts.get(0)).norm().charAt(0) == 'و'
                && !ArabicWords.WAW_NAMES.contains(t.get(starts.get(0)).norm())) {
            return;
        }
        boolean dual = ArabicWords.KIN_DUALS.contains(t.get(kinAt).norm());
        if (count != null && count != starts.size() || dual && starts.size() != 2) {
            return;
        }
        int before = starts.get(0) - 1;
        boolean lam = before >= 0 && t.get(before).isWord() && ArabicWords.TAKES_LAM.contains(t.get(before).norm());
        if (before >= 0 && t.get(before).isWord() && !lam && (ArabicWords.isStop(t.get(before).norm())
                && t.get(before).norm().length() <= 3 || t.get(before).is("في") || t.get(before).is("من"))) {
            return;
        }
        int next = ArabicWords.KIN_CONSTRUCT.contains(t.get(kinAt).norm()) ? kinAt + 2 : kinAt + 1;
        VictimOutcome outcome = outcomes.of(starts.get(0), Math.min(p.n, next));
        if (outcome == null) {
            return;
        }
        String sex = ArabicWords.KIN_FEMININE.contains(t.get(kinAt).norm()) ? "F" : null;
        for (int k = 0; k < starts.size(); k++) {
            int at = starts.get(k);
            // "لسعاد" (to Suad): the name starts after the lam a verb before it takes
            int start = k == 0 && lam ? t.get(at).start() + 1 : victims.nameStart(at);
            victims.add(new Mention(start, t.get(at).end(), p.text.substring(start, t.get(at).end()), outcome, sex,
                    null, Group.PERSON, at, null));
            victims.markOne(at);
        }
    }
}
