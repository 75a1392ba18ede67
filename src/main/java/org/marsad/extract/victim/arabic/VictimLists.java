package org.marsad.extract.victim.arabic;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.Token;

/**
 * Names in lists: numbered or dashed lines ("1- الشهيد …", "– الطفل …"), lines after a heading that ends
 * with a colon, and lists written in one sentence after "وهم:", "كل من" or a casualty heading. The list's
 * heading gives every name its outcome unless a line says its own ("3-إصابة/ …"); a line that counts a
 * place's dead ("• النبطية: 6 شهداء") names no one.
 */
final class VictimLists {

    private final Passage p;
    private final List<Token> t;
    private final int n;
    private final WordRoles roles;
    private final NameItems names;
    private final Outcomes outcomes;
    private final Victims victims;

    /** The outcome the heading of the numbered list being read gives, and where its last line ended. */
    private VictimOutcome lineOutcome;
    private int lineEnd = -1;

    VictimLists(Passage passage, WordRoles roles, NameItems names, Outcomes outcomes, Victims victims) {
        this.p = passage;
        this.t = passage.t;
        this.n = passage.n;
        this.roles = roles;
        this.names = names;
        this.outcomes = outcomes;
        this.victims = victims;
    }

    /** The items of a list on one line each: "1- الشهيد ...", "– الطفل ...", "3-إصابة/ ...". */
    void lineItem(int from) {
        NameItem item = names.read(from, true);
        int end = p.endOfLine(from);
        if (item == null || tollLine(from, end)) {
            victims.markRange(from, end);
            return;
        }
        // the heading's outcome holds down a numbered list however long: a cue 80 words up is only
        // looked for at the list's first line
        VictimOutcome above = listGoesOn(from) ? lineOutcome : outcomes.above(from);
        VictimOutcome outcome = item.outcome() != null ? item.outcome() : above;
        if (outcome != null) {
            victims.addAll(List.of(item), outcome, false);
        }
        victims.markRange(from, end);
        lineOutcome = above;
        lineEnd = end;
    }

    /**
     * A line that counts the dead of a place ("• النبطية: 6 شهداء و31 جريحاً", "– بانياس: 34"): a number and whom
     * it counts, or a number alone after a colon at the line's end.
     */
    private boolean tollLine(int from, int end) {
        for (int j = from; j < end; j++) {
            if (t.get(j).kind() != Token.Kind.NUMBER) {
                continue;
            }
            // "– بانياس: 34": a place and its count, the line's last word
            if (j + 1 < end && ArabicWords.TOLL_NOUNS.contains(t.get(j + 1).norm()) || j > from && t.get(j - 1).is(":")
                    && (j + 1 == end || j + 2 == end && t.get(j + 1).kind() == Token.Kind.PUNCT)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line item at {@code from} follows the last one read, only line breaks and its bullet between. */
    private boolean listGoesOn(int from) {
        if (lineEnd < 0 || lineOutcome == null || lineEnd > from) {
            return false;
        }
        for (int j = lineEnd; j < from; j++) {
            Token tok = t.get(j);
            if (tok.kind() != Token.Kind.BREAK && !(tok.kind() == Token.Kind.NUMBER || tok.kind() == Token.Kind.PUNCT)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "شيّعت الجماهير جثامين الشهداء X، وY" (the crowds buried the bodies of the martyrs X and Y), "جثماني شهيديها
     * X (21 عاماً)، وY" (the bodies of her two martyrs): the noun of the dead after their bodies or funeral heads a
     * list of their names. Not "جثامين الشهداء الخمسة" (a number) nor "في …" (a place): a name must open there.
     */
    private boolean deadAfterBodies(int i) {
        Token tok = t.get(i);
        if (!(tok.isWord() && ArabicWords.DEAD_HEADS.contains(tok.norm()) && i > 0 && t.get(i - 1).isWord()
                && ArabicWords.BODIES.contains(t.get(i - 1).norm()) && i + 1 < n
                && ArabicNameRun.isNameWord(t.get(i + 1), true) && !roles.titleOrKin(i + 1))) {
            return false;
        }
        NameItem first = names.read(i + 1, false);
        return first != null && p.words(first.nameFrom(), first.nameTo()) >= NAMED_DEAD_WORDS;
    }

    /**
     * How many words each name of a list after the bodies of the dead has: a funeral notice goes on after the
     * names ("جثامين الشهداء على الأكتاف، وجابوا شوارع المدينة"), and a word alone there is the sentence's.
     */
    private static final int NAMED_DEAD_WORDS = 2;

    /** A list written in one sentence: names separated by commas, و, quotes or inline numbers. */
    void inline(int from, int intro) {
        // the dead named after their bodies are the dead, whatever else the sentence tells
        VictimOutcome listOutcome = deadAfterBodies(intro) ? VictimOutcome.KILLED : outcomes.ofList(intro);
        if (listOutcome == null && t.get(intro).isWord() && ArabicWords.LIST_WORDS.contains(t.get(intro).norm())) {
            listOutcome = outcomes.toldNext(intro); // "…، وهما X وY. وأصيبا …": their fate in the next sentence
        }
        int q = from;
        if (q < n && t.get(q).kind() == Token.Kind.BREAK) {
            lines(q + 1, listOutcome);
            return;
        }
        List<NameItem> items = new ArrayList<>();
        int fewestWords = deadAfterBodies(intro) ? NAMED_DEAD_WORDS : 1;
        while (q < n && !p.boundary(q)) {
            int marker = p.inlineNumber(q);
            NameItem item = names.read(marker, false);
            if (item != null && p.words(item.nameFrom(), item.nameTo()) < fewestWords) {
                break;
            }
            if (item == null && marker < n && ArabicWords.UNNAMED.contains(t.get(marker).norm())) {
                q = nextListItem(marker + 1); // "مجهول 35 سنة" (unknown, 35 years): a victim with no name
                if (q < 0) {
                    break;
                }
                continue;
            }
            if (item == null) {
                break;
            }
            items.add(item);
            q = nextListItem(item.next());
            if (q < 0) {
                break;
            }
        }
        for (NameItem item : items) {
            VictimOutcome o = item.outcome() != null ? item.outcome() : listOutcome != null ? listOutcome
                    : outcomes.of(item.from(), item.next());
            if (o != null) {
                victims.addAll(List.of(item), o, false);
            }
        }
    }

    /** Lines after a heading that ends with a colon, each opening with a name. */
    private void lines(int from, VictimOutcome outcome) {
        int q = from;
        while (q < n) {
            while (q < n && t.get(q).kind() == Token.Kind.BREAK) {
                q++;
            }
            if (q >= n || p.bullet(q) > q) {
                return; // bullets are read line by line
            }
            NameItem item = names.read(q, true);
            if (item == null) {
                return;
            }
            VictimOutcome o = item.outcome() != null ? item.outcome() : outcome;
            if (o != null) {
                victims.addAll(List.of(item), o, false);
            }
            int end = p.endOfLine(q);
            victims.markRange(q, end);
            q = end;
        }
    }

    /** Where a list's next item starts after one ends at {@code q}, or -1 when the list ends. */
    private int nextListItem(int q) {
        for (int guard = 0; q < n && guard < 14; guard++) {
            if (p.boundary(q)) {
                return -1;
            }
            Token tok = t.get(q);
            if (tok.is("،") || tok.is(",")) {
                return q + 1;
            }
            if (tok.is("و")) {
                return q + 1;
            }
            if (tok.kind() == Token.Kind.NUMBER && q + 1 < n && Passage.isMarker(t.get(q + 1).norm())) {
                return q;
            }
            if (tok.isWord() && tok.norm().charAt(0) == 'و' && tok.norm().length() > 3) {
                String rest = tok.norm().substring(1);
                if (ArabicWords.known(ArabicWords.TITLES, rest) != null || ArabicWords.known(ArabicWords.KIN, rest) != null) {
                    return q;
                }
                // "وهم: سامر خالد العلي ومنى خالد العلي": و written against the next name joins the items
                if (ArabicNameRun.isNameWord(tok, true)) {
                    return q;
                }
            }
            q++;
        }
        return -1;
    }

    /** The start of a list after this token: "وهم:", "هم:", ":" after a casualty heading; else {@code i}. */
    int start(int i) {
        Token tok = t.get(i);
        if (tok.isWord() && i + 1 < n && t.get(i + 1).is(":") && ArabicWords.isKinList(tok.norm())) {
            return i + 2; // "وأبناؤها: يحيى، موسى، وإبراهيم" (and her sons: …)
        }
        if (tok.isWord() && ArabicWords.LIST_WORDS.contains(tok.norm())) {
            int j = i + 1;
            boolean colon = j < n && tok.kind() != null && t.get(j).is(":");
            if (colon) {
                return j + 1;
            }
            if (outcomes.before(i, 15) != null || outcomes.nameListBefore(i) || outcomes.toldNext(i) != null) {
                return j;
            }
            return i;
        }
        if (deadAfterBodies(i)) {
            return i + 1;
        }
        if (tok.is(":") && i > 0) {
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                if (p.boundary(j)) {
                    break;
                }
                if (roles.cue(j) != null || t.get(j).isWord() && ArabicWords.isNameList(t.get(j).norm())) {
                    return i + 1;
                }
            }
        }
        return i;
    }
}
