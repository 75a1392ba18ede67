package org.marsad.extract.victim;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.Group;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Finds the named victims of Arabic text. A name is read only where the language puts a victim's name:
 * in a list introduced by "وهم:" / "كل من" / a heading of casualty words, on numbered or dashed lines,
 * after a role noun (الطفل، الشهيدة، المواطن) or a victim's kinship noun (وشقيقته), right after a
 * casualty word (مقتل، استشهاد، إصابة), before an age in brackets, or before "الذي قتل". Its outcome is
 * the casualty word that governs it: the one right after the name, else the nearest before it in its
 * sentence, else the next after it. A name no casualty word governs is not a victim.
 */
final class ArabicVictimReader {

    /** One name with what the words around it said. */
    private record Item(int from, int nameFrom, int nameTo, int next, String sex, Group group, Integer age,
            VictimOutcome outcome, boolean plural, boolean quoted, Kinship relation) {
    }

    private final String text;
    private final List<Token> t;
    private final int n;
    private final boolean[] used;
    private final List<Mention> found = new ArrayList<>();
    /** People named with a title whose fate was not told where they were named. */
    private final List<Item> unsettled = new ArrayList<>();

    /** How many tokens after a person's name a reference back by their family name is looked for. */
    static final int REFERRED_BACK = 400;

    /** Per token, what the word tables say of it, looked up once: 0 not yet, 1 nothing, 2 known. */
    private final byte[] classified;
    private final String[] titleOf;
    private final String[] kinOf;
    private final VictimOutcome[] cueOf;
    private final boolean[] cueBeforeName;

    ArabicVictimReader(String text, List<Token> tokens) {
        this.text = text;
        this.t = tokens;
        this.n = tokens.size();
        this.used = new boolean[n];
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
        Token tok = t.get(j);
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
            if (cueOf[j] == VictimOutcome.INJURED && j > 0 && t.get(j - 1).isWord()
                    && ArabicWords.SUCCUMBING.contains(t.get(j - 1).norm())) {
                cueOf[j] = VictimOutcome.KILLED; // "متأثراً بإصابته" (succumbing to his wounds): he died of them
            }
        } else if (titleOf[j] != null) {
            cueOf[j] = ArabicWords.TITLES.get(titleOf[j]).outcome();
        }
    }

    private boolean titleOrKin(int j) {
        if (j < 0 || j >= n) {
            return false;
        }
        classify(j);
        return titleOf[j] != null || kinOf[j] != null;
    }

    List<Mention> read() {
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            Token tok = t.get(i);
            if (lineStart(i) && bullet(i) > i) {
                lineItem(bullet(i));
                continue;
            }
            int list = listStart(i);
            if (list > i) {
                inlineList(list, i);
                continue;
            }
            if (!tok.isWord()) {
                // an age outside brackets is one in years: "استمرت 10 أيام" (lasted ten days) is a duration
                if (tok.is("(") && ageAt(i + 1) != null || tok.kind() == Token.Kind.NUMBER && ageAt(i) != null
                        && i + 1 < n && ArabicWords.AGE_UNITS.contains(t.get(i + 1).norm())) {
                    ageBackward(i);
                }
                continue;
            }
            String w = tok.norm();
            classify(i);
            if (ArabicWords.KIN_AFTER_NAMES.contains(w)) {
                namesBefore(i);
            } else if (titleOf[i] != null || kinOf[i] != null) {
                introduced(i, i);
            } else if (ArabicWords.THAT.contains(w) && namesThenVerb(i + 1)) {
                continue;
            } else if (cueBeforeName[i] || ArabicWords.NAMED.contains(w)) {
                afterCue(i);
            } else if (ArabicWords.PART.contains(w)) {
                afterPart(i);
            } else if ((w.equals("كل") || w.equals("كلا")) && i + 1 < n && t.get(i + 1).is("من")
                    && !(i > 0 && (t.get(i - 1).is("في") || t.get(i - 1).is("على"))) && before(i, 6) != null) {
                // "وقتل في القصف كل من: X، وY" (and killed in the shelling were each of X and Y); not "في كل
                // من حلب وإدلب" (in each of Aleppo and Idlib), a list of places
                inlineList(i + 2 < n && t.get(i + 2).is(":") ? i + 3 : i + 2, i);
            } else if (ArabicWords.CASE_OF.contains(w) && !(i > 0 && t.get(i - 1).is("في"))) {
                caseOf(i);
            } else if ((w.equals("الذي") || w.equals("التي")) && cueWithin(i + 1, 3)) {
                // one word before "التي قُتل فيها" is a place as often as a person (كركوك التي لقي فيها 18
                // شخصاً مصرعهم); a person's name there has at least two parts. A name in quotes ends
                // before its closing quote ("وهو "X" الذي قضى").
                int end = i > 0 && t.get(i - 1).kind() == Token.Kind.PUNCT && isClosing(t.get(i - 1)) ? i - 1 : i;
                if (words(ArabicNameRun.backward(t, end), end) >= 2) {
                    backward(end, null);
                }
            }
        }
        referredBack();
        return found;
    }

    // ---------------------------------------------------------------- triggers

    /** A title or kinship noun at {@code at}: the name it introduces, and the names joined to it by و. */
    private void introduced(int at, int clauseFrom) {
        Item item = item(at, false);
        if (item == null) {
            return;
        }
        boolean owner = owner(item.from);
        VictimOutcome ownFate = owner ? ownFate(item.next) : null;
        if (speakerBefore(item.from) || owner && ownFate == null) {
            mark(item);
            unsettled.add(item);
            return;
        }
        List<Item> group = coordinated(item);
        VictimOutcome outcome = item.outcome != null ? item.outcome : ownFate != null ? ownFate
                : outcome(item.from, group.get(group.size() - 1).next);
        if (outcome == null) {
            unsettled.add(item);
            return;
        }
        addAll(group, outcome, item.plural);
    }

    /**
     * People named with a title whose fate their own sentence does not tell, found again by their family
     * name next to a casualty word later: "استهدفوا الشاب X الفيصل ... وأضاف أن الفيصل فارق الحياة", "منزل
     * الشيخ X الموسوي ... إصابة الموسوي بجروح". Reports refer back by the family name with its article; the
     * casualty word must govern it: before it ("إصابة الموسوي") or a verb right after it ("الفيصل قتل").
     */
    private void referredBack() {
        for (Item item : unsettled) {
            String family = t.get(item.nameTo - 1).norm();
            if (words(item.nameFrom, item.nameTo) < 2 || !family.startsWith("ال") || family.length() <= 3) {
                continue;
            }
            for (int j = item.nameTo; j < Math.min(n, item.nameTo + REFERRED_BACK); j++) {
                if (used[j] || !t.get(j).is(family)) {
                    continue;
                }
                VictimOutcome outcome = governing(j);
                if (outcome != null) {
                    addAll(List.of(item), outcome, false);
                    used[j] = true;
                    break;
                }
            }
        }
    }

    /** The outcome of a casualty word that governs the word at {@code j}: one before it, or a verb after it. */
    private VictimOutcome governing(int j) {
        if (j > 0 && cue(j - 1) != null && cueBeforeName[j - 1]) {
            return cue(j - 1);
        }
        if (j + 1 < n && cue(j + 1) != null && (!cueBeforeName[j + 1]
                || ArabicWords.SUBJECT_VERBS.contains(t.get(j + 1).norm()))) {
            return cue(j + 1);
        }
        return null;
    }

    /** A casualty word right before a name: "مقتل كلٍّ من X", "استشهاد "X"", "أصيب X". */
    private void afterCue(int at) {
        int j = at + 1;
        if (j < n && t.get(j).isWord() && ArabicWords.TIMES_OF_DAY.contains(t.get(j).norm())) {
            j++; // "استشهد صباحاً بدر عامر" (was killed this morning Badr Amer): the time before the name
        }
        if (j + 1 < n && t.get(j).isWord() && (t.get(j).is("كل") || t.get(j).is("كلا")) && t.get(j + 1).is("من")) {
            inlineList(j + 2 < n && t.get(j + 2).is(":") ? j + 3 : j + 2, at); // "كل من: X، وY"
            return;
        }
        boolean named = ArabicWords.NAMED.contains(t.get(at).norm());
        boolean quoted = j < n && isOpening(t.get(j));
        if (titleOrKin(j)) {
            return; // the title is read where it stands
        }
        Item item = item(j, false);
        if (item == null) {
            return;
        }
        int words = words(item.nameFrom, item.nameTo);
        if (!(named || quoted || words >= 2) || countFollows(item.next)) {
            return;
        }
        List<Item> group = coordinated(item);
        VictimOutcome outcome = outcome(item.from, group.get(group.size() - 1).next);
        if (outcome == null) {
            return;
        }
        addAll(group, outcome, false);
    }

    /**
     * "وأكدت المصادر أن X وY استشهدا" (the sources confirmed that X and Y were killed): names after أن whose verb
     * comes after them, in the number the names make (a dual for two, a plural for more, a singular for one).
     * Whether they were read.
     */
    private boolean namesThenVerb(int from) {
        if (from >= n || titleOrKin(from) || !t.get(from).isWord()) {
            return false;
        }
        Item first = item(from, false);
        if (first == null || words(first.nameFrom, first.nameTo) < 2) {
            return false;
        }
        List<Item> group = coordinated(first);
        int verb = group.get(group.size() - 1).next;
        if (verb < n && (t.get(verb).is("،") || t.get(verb).is(","))) {
            verb++;
        }
        if (verb >= n || !t.get(verb).isWord()) {
            return false;
        }
        Integer number = ArabicWords.VERB_NUMBER.get(t.get(verb).norm());
        VictimOutcome outcome = cue(verb);
        if (number == null || outcome == null || number == 1 && group.size() != 1 || number == 2 && group.size() != 2
                || number == 3 && group.size() < 3) {
            return false;
        }
        // "أن X قتل 5 مدنيين" (that X killed five civilians): a verb with an object after it is the killer's;
        // the killed are followed by how, where or nothing ("استشهدا جراء القصف", "قتلا برصاص")
        int after = verb + 1;
        if (after < n && t.get(after).isWord() && (!ArabicWords.isStop(t.get(after).norm()) || titleOrKin(after))
                || countFollows(after)) {
            return false;
        }
        addAll(group, outcome, false);
        return true;
    }

    /**
     * Whether a count follows the name: then the name is the verb's subject, the killer, not one killed ("قتل
     * منهم نظام الحكم 10 مدنيين", of them the regime killed ten civilians; "قتل تنظيم X 28 مدنياً").
     */
    private boolean countFollows(int next) {
        return next < n && (t.get(next).kind() == Token.Kind.NUMBER && ageAt(next) == null
                || t.get(next).isWord() && NumberWords.isNumberWord(t.get(next).norm()) && ageAt(next) == null);
    }

    /** "من بينهم X" names one of a figure's people: the figure's casualty word governs. */
    private void afterPart(int at) {
        int j = at + 1;
        if (titleOrKin(j)) {
            return;
        }
        Item item = item(j, false);
        if (item == null || words(item.nameFrom, item.nameTo) < 2 || countFollows(item.next)) {
            return;
        }
        List<Item> group = coordinated(item);
        VictimOutcome outcome = before(at, 40);
        if (outcome == null) {
            outcome = outcome(item.from, group.get(group.size() - 1).next);
        }
        if (outcome != null) {
            addAll(group, outcome, false);
        }
    }

    /**
     * Given names joined by و and summed up by a kinship noun after them: "حمزة وريماس ورند، ثلاثة إخوة"
     * (three siblings), "بالإضافة لسعاد ومنى شقيقتي الضحية". Bare given names are read only here, where the
     * kinship noun says they are people: a count before it must equal the number of names, a dual needs two,
     * and names after a preposition are places ("في حلب وإدلب").
     */
    private void namesBefore(int kinAt) {
        int p = kinAt - 1;
        Integer count = null;
        if (p >= 0 && t.get(p).kind() == Token.Kind.NUMBER) {
            count = (int) Math.min(100, t.get(p).value());
            p--;
        } else if (p >= 0 && t.get(p).isWord() && NumberWords.isNumberWord(t.get(p).norm())) {
            NumberWords.Match m = NumberWords.read(t, p);
            count = m == null || m.end() != kinAt ? null : (int) Math.min(100, m.value());
            p--;
        }
        if (p >= 0 && (t.get(p).is("،") || t.get(p).is(","))) {
            p--;
        }
        List<Integer> starts = new ArrayList<>();
        while (p >= 0 && starts.size() < 12) {
            Token tok = t.get(p);
            if (!tok.isWord() || used[p]) {
                return;
            }
            String w = tok.norm();
            boolean joined = w.length() > 3 && w.charAt(0) == 'و' && !ArabicWords.WAW_NAMES.contains(w);
            if (!ArabicNameRun.isNameWord(tok, true)) {
                break;
            }
            starts.add(0, p);
            p--;
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
        VictimOutcome outcome = outcome(starts.get(0), Math.min(n, next));
        if (outcome == null) {
            return;
        }
        String sex = ArabicWords.KIN_FEMININE.contains(t.get(kinAt).norm()) ? "F" : null;
        for (int k = 0; k < starts.size(); k++) {
            int at = starts.get(k);
            int start = k == 0 && lam ? t.get(at).start() + 1 : nameStart(at);
            found.add(new Mention(start, t.get(at).end(), text.substring(start, t.get(at).end()), outcome, sex,
                    null, Group.PERSON, at, null));
            used[at] = true;
        }
    }

    /**
     * "ومن أبرز حوادث الموت تحت التعذيب حالة X" (among the deaths, the case of X): a name of two words
     * or more after حالة, governed by the casualty word of its sentence. "في حالة" is a state, not a case.
     */
    private void caseOf(int at) {
        Item item = item(at + 1, false);
        if (item == null || words(item.nameFrom, item.nameTo) < 2) {
            return;
        }
        VictimOutcome outcome = outcome(item.from, item.next);
        if (outcome != null) {
            addAll(List.of(item), outcome, false);
        }
    }

    /** An age in brackets or after a name: the name that ends before it. */
    private void ageBackward(int ageAt) {
        int end = ageAt;
        int start = ArabicNameRun.backward(t, end);
        if (start == end || used[start] || start > 0 && t.get(start - 1).isWord()
                && ArabicWords.AGE_LEADS.contains(t.get(start - 1).norm())) {
            return;
        }
        backward(end, ageAt);
    }

    private void backward(int end, Integer ageAt) {
        int start = ArabicNameRun.backward(t, end);
        if (start == end || used[start] || speakerBefore(start)) {
            return;
        }
        int agePos = ageAt == null ? -1 : t.get(ageAt).is("(") ? ageAt + 1 : ageAt;
        Integer age = ageAt == null ? null : ageAt(agePos);
        Item item = new Item(start, start, ArabicNameRun.withoutKunya(t, start, end), ageAt == null ? end : after(agePos), null,
                age != null && age < 18 ? Group.CHILD : null, age, null, false, false, null);
        VictimOutcome outcome = outcome(start, item.next);
        if (outcome == null) {
            return;
        }
        addAll(List.of(item), outcome, false);
    }

    /** The items of a list on one line each: "1- الشهيد ...", "– الطفل ...", "3-إصابة/ ...". */
    private void lineItem(int from) {
        Item item = item(from, true);
        int end = endOfLine(from);
        if (item == null || tollLine(from, end)) {
            markRange(from, end);
            return;
        }
        // the heading's outcome holds down a numbered list however long: a cue 80 words up is only
        // looked for at the list's first line
        VictimOutcome above = listGoesOn(from) ? lineOutcome : outcomeAbove(from);
        VictimOutcome outcome = item.outcome != null ? item.outcome : above;
        if (outcome != null) {
            addAll(List.of(item), outcome, false);
        }
        markRange(from, end);
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

    /** The outcome the heading of the numbered list being read gives, and where its last line ended. */
    private VictimOutcome lineOutcome;
    private int lineEnd = -1;

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

    /** A list written in one sentence: names separated by commas, و, quotes or inline numbers. */
    private void inlineList(int from, int intro) {
        VictimOutcome listOutcome = listOutcome(intro);
        int p = from;
        if (p < n && t.get(p).kind() == Token.Kind.BREAK) {
            lineList(p + 1, listOutcome);
            return;
        }
        List<Item> items = new ArrayList<>();
        while (p < n && !boundary(p)) {
            int marker = inlineNumber(p);
            Item item = item(marker, false);
            if (item == null) {
                break;
            }
            items.add(item);
            p = nextListItem(item.next);
            if (p < 0) {
                break;
            }
        }
        if (items.isEmpty()) {
            return;
        }
        for (Item item : items) {
            VictimOutcome o = item.outcome != null ? item.outcome : listOutcome != null ? listOutcome
                    : outcome(item.from, item.next);
            if (o != null) {
                addAll(List.of(item), o, false);
            }
        }
    }

    /** Lines after a heading that ends with a colon, each opening with a name. */
    private void lineList(int from, VictimOutcome outcome) {
        int p = from;
        while (p < n) {
            while (p < n && t.get(p).kind() == Token.Kind.BREAK) {
                p++;
            }
            if (p >= n || bullet(p) > p) {
                return; // bullets are read line by line
            }
            Item item = item(p, true);
            if (item == null) {
                return;
            }
            VictimOutcome o = item.outcome != null ? item.outcome : outcome;
            if (o != null) {
                addAll(List.of(item), o, false);
            }
            int end = endOfLine(p);
            markRange(p, end);
            p = end;
        }
    }

    // ---------------------------------------------------------------- reading one item

    /** Titles, kinship, a bracket or quote, a name, then its age and alias. Null when no name is there. */
    private Item item(int from, boolean line) {
        int p = from;
        String sex = null;
        Group group = null;
        VictimOutcome outcome = null;
        boolean plural = false;
        boolean quoted = false;
        Kinship relation = null;
        for (int guard = 0; p < n && guard < 8; guard++) {
            Token tok = t.get(p);
            if (tok.kind() == Token.Kind.PUNCT && (isOpening(tok) || tok.is(":") || tok.is("/") || tok.is("-"))) {
                quoted |= isOpening(tok);
                p++;
                continue;
            }
            if (!tok.isWord()) {
                break;
            }
            String w = tok.norm();
            if (w.equals("و")) {
                p++;
                continue;
            }
            classify(p);
            String title = titleOf[p];
            String kin = kinOf[p];
            if (title != null || kin != null) {
                ArabicWords.Role role = title != null ? ArabicWords.TITLES.get(title) : ArabicWords.KIN.get(kin);
                sex = role.sex() != null ? role.sex() : sex;
                // a rank says more than kinship: "ووالدهما العميد X" is a fighter, not only a man
                group = group == null || group == Group.PERSON || role.group() == Group.FIGHTER ? role.group() : group;
                outcome = role.outcome() != null ? role.outcome() : outcome;
                plural |= role.plural();
                relation = role.relation() != null ? role.relation() : relation;
                p++;
                continue;
            }
            if (p > from && relation == null && group != null && ArabicWords.TITLE_ADJECTIVES.contains(w) && p + 1 < n
                    && t.get(p + 1).isWord() && !ArabicWords.isStop(t.get(p + 1).norm())) {
                // "الفتى الفلسطيني محمد …" (the Palestinian boy Mohammad): the adjective after a title is no
                // part of the name; a family name such as المصري follows the given name, never the title
                p++;
                continue;
            }
            if (line && (w.equals("اصابة") || w.equals("اصابه"))) {
                outcome = VictimOutcome.INJURED;
                p++;
                if (p < n && t.get(p).isWord() && ArabicWords.isStop(t.get(p).norm())) {
                    p++;
                }
                continue;
            }
            break;
        }
        if (p >= n) {
            return null;
        }
        int end = ArabicNameRun.forward(t, p);
        if (end == p || ageNotName(p) || familyOf(from)) {
            return null;
        }
        int q = end;
        Integer age = null;
        for (int guard = 0; q < n && guard < 4; guard++) {
            Token tok = t.get(q);
            int afterQuotes = quotedFamily(q);
            if (afterQuotes > q && afterQuotes < n && (ageAt(afterQuotes) != null || t.get(afterQuotes).is("("))) {
                q = afterQuotes;
                continue;
            }
            if (tok.kind() == Token.Kind.PUNCT && isClosing(tok)) {
                q++;
                continue;
            }
            if (tok.kind() == Token.Kind.PUNCT && (tok.is("(") || tok.is("-") || tok.is("–") || tok.is("،")
                    || tok.is(",")) && q + 1 < n && ageAt(q + 1) != null) {
                q++;
                continue;
            }
            Integer a = ageAt(q);
            if (a != null) {
                age = a;
                q = after(q);
                continue;
            }
            if (tok.is("(") || tok.is("[")) {
                q = closeBracket(q);
                continue;
            }
            break;
        }
        if (age == null) {
            age = ageLater(q);
        }
        if (group == null || group == Group.PERSON || group == Group.MAN || group == Group.WOMAN) {
            if (age != null && age < 18) {
                group = Group.CHILD;
            }
        }
        return new Item(from, p, end, q, sex, group, age, outcome, plural, quoted, relation);
    }

    /** "عن عمر يناهز 11 عاماً" (at an age of about eleven): the word عمر (age) read as the name Omar. */
    private boolean ageNotName(int p) {
        return t.get(p).is("عمر") && (p > 0 && t.get(p - 1).is("عن")
                || p + 1 < n && (t.get(p + 1).is("يناهز") || t.get(p + 1).is("ناهز") || t.get(p + 1).is("يقارب")));
    }

    /**
     * "من عائلة الدكتور خليل الحية" (of the family of Dr Khalil al-Hayya): the person a family is named
     * after, not one of its dead; the person whose relative was harmed, not that relative.
     */
    private boolean familyOf(int from) {
        if (from <= 0 || !t.get(from - 1).isWord()) {
            return false;
        }
        String w = t.get(from - 1).norm();
        return FAMILY.contains(w);
    }

    /**
     * "استهدفت الغارة منزلاً للمواطن X، وأسفرت عن مقتل الطفل Y": the owner of a house, car or farm is named
     * to say where the strike fell, and is harmed only when the sentence says so of him with his pronoun
     * ("مما أدى إلى مقتل زوجته وإصابته", his wife killed and he injured).
     */
    private boolean owner(int from) {
        return from > 0 && t.get(from - 1).isWord() && PROPERTY.contains(t.get(from - 1).norm());
    }

    /** The outcome of the owner's own fate told in his sentence after his name, else null. */
    private VictimOutcome ownFate(int nameEnd) {
        for (int j = nameEnd; j < Math.min(n, nameEnd + 30) && !boundary(j); j++) {
            String w = t.get(j).isWord() ? t.get(j).norm() : "";
            if (w.length() > 4 && w.charAt(0) == 'و' && OWN_FATE.contains(w.substring(1))) {
                w = w.substring(1);
            }
            if (OWN_FATE.contains(w)) {
                return w.startsWith("اصاب") || w.startsWith("جرح") ? VictimOutcome.INJURED : VictimOutcome.KILLED;
            }
        }
        return null;
    }

    private static final java.util.Set<String> PROPERTY = java.util.Arrays.stream(new String[] {"منزل", "منزلا",
        "منزلاً", "بيت", "بيتا", "سيارة", "مزرعة", "محل", "دكان", "متجر", "خيمة", "أرض", "ورشة"})
            .map(org.marsad.text.ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A casualty word that names its person by a pronoun: his (her, their) martyrdom, killing, injury. */
    private static final java.util.Set<String> OWN_FATE = java.util.Arrays.stream(new String[] {"استشهاده",
        "استشهادها", "استشهادهم", "مقتله", "مقتلها", "مقتلهم", "إصابته", "إصابتها", "إصابتهم", "وفاته", "وفاتها",
        "وفاتهم", "جرحه", "جرحها"})
            .map(org.marsad.text.ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Words whose next word's person is not the one harmed: a family named after someone (عائلة، آل) and a
     * relative in construct ("زوجة الناشط X", the activist X's wife; "والد الطفل X", the child X's father).
     */
    private static final java.util.Set<String> FAMILY = java.util.Arrays.stream(new String[] {"عائلة", "لعائلة",
        "أسرة", "لأسرة", "آل", "زوجة", "والدة", "والد", "أرملة", "ابنة", "شقيق", "شقيقة", "نجل", "أم"})
            .map(org.marsad.text.ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "البالغ من العمر 14 عاما", "يبلغ من العمر 64 عاماً" shortly after the name. */
    private Integer ageLater(int from) {
        for (int j = from; j < Math.min(n, from + 4); j++) {
            if (t.get(j).isWord() && ArabicWords.AGE_LEADS.contains(t.get(j).norm())) {
                for (int k = j + 1; k < Math.min(n, j + 5); k++) {
                    Integer a = ageAt(k);
                    if (a != null) {
                        return a;
                    }
                }
                return null;
            }
            if (boundary(j)) {
                return null;
            }
        }
        return null;
    }

    /** The age written at {@code at}: "12 عاما", "تسعة أعوام", "3 أشهر" (0), "سنتان" (2); else null. */
    private Integer ageAt(int at) {
        if (at < 0 || at >= n) {
            return null;
        }
        Token tok = t.get(at);
        if (tok.isWord() && ArabicWords.TWO_YEARS.contains(tok.norm())) {
            return 2;
        }
        if (tok.isWord() && oneAfter(at)) {
            // "(عام واحد)" (one year), "(شهر واحد)" (one month)
            if (ArabicWords.AGE_UNITS.contains(tok.norm())) {
                return 1;
            }
            if (ArabicWords.MONTH_UNITS.contains(tok.norm())) {
                return 0;
            }
        }
        long value;
        int unit;
        if (tok.kind() == Token.Kind.NUMBER) {
            value = tok.value();
            unit = at + 1;
        } else if (tok.isWord() && NumberWords.isNumberWord(tok.norm())) {
            NumberWords.Match m = NumberWords.read(t, at);
            if (m == null) {
                return null;
            }
            value = m.value();
            unit = m.end();
        } else {
            return null;
        }
        if (unit >= n || !t.get(unit).isWord() || value > 120) {
            return null;
        }
        String u = t.get(unit).norm();
        if (ArabicWords.AGE_UNITS.contains(u)) {
            return (int) value;
        }
        if (ArabicWords.MONTH_UNITS.contains(u)) {
            return (int) (value / 12);
        }
        return null;
    }

    /** واحد / واحدة (one) after the unit at {@code at}: "عام واحد". */
    private boolean oneAfter(int at) {
        return at + 1 < n && (t.get(at + 1).is("واحد") || t.get(at + 1).is("واحدة"));
    }

    /** The token after the age that starts at {@code at}. */
    private int after(int at) {
        Token tok = t.get(at);
        if (tok.isWord() && ArabicWords.TWO_YEARS.contains(tok.norm())) {
            return at + 1;
        }
        if (tok.isWord() && oneAfter(at)) {
            return at + 2;
        }
        if (tok.isWord()) {
            NumberWords.Match m = NumberWords.read(t, at);
            return m == null ? at + 1 : m.end() + 1;
        }
        return at + 2;
    }

    /**
     * The token after a family of birth in quotes after a name ("انتصار البكري "شراب" (59 عاماً)"), where
     * the age follows; {@code q} when no such quoted words start there.
     */
    private int quotedFamily(int q) {
        if (!isQuoteMark(t.get(q))) {
            return q;
        }
        for (int j = q + 1; j < Math.min(n, q + 5); j++) {
            if (isQuoteMark(t.get(j))) {
                return j > q + 1 ? j + 1 : q;
            }
            if (!t.get(j).isWord()) {
                return q;
            }
        }
        return q;
    }

    private static boolean isQuoteMark(Token tok) {
        String p = tok.norm();
        return tok.kind() == Token.Kind.PUNCT && (p.equals("\"") || p.equals("”") || p.equals("“") || p.equals("«")
                || p.equals("»"));
    }

    private int closeBracket(int open) {
        for (int j = open + 1; j < Math.min(n, open + 12); j++) {
            if (t.get(j).is(")") || t.get(j).is("]")) {
                return j + 1;
            }
            if (t.get(j).kind() == Token.Kind.BREAK) {
                return open;
            }
        }
        return open + 1 < n ? open : n;
    }

    /** Names joined by و to the first: "أحمد وعلي التلاوي", "(رامز ... وحمزة ...)". */
    private List<Item> coordinated(Item first) {
        List<Item> items = new ArrayList<>();
        items.add(first);
        Item last = first;
        while (items.size() < 12) {
            int p = last.next;
            // "الشابان X، وY": a comma before the و that joins the next name a plural title heads (after a
            // single name, "، وتتمنى الشفاء" is the sentence going on)
            int link = first.plural && p < n && (t.get(p).is("،") || t.get(p).is(",")) ? p + 1 : p;
            if (link > p && link < n && !(t.get(link).is("و") || t.get(link).isWord()
                    && t.get(link).norm().charAt(0) == 'و')) {
                break;
            }
            p = link;
            if (p < n && t.get(p).is("و")) {
                p++;
            }
            if (p >= n || !t.get(p).isWord()) {
                break;
            }
            String w = t.get(p).norm();
            boolean joined = t.get(link).is("و") || w.charAt(0) == 'و' && w.length() > 3;
            if (!joined) {
                break;
            }
            if (titleOrKin(p)) {
                break; // read where it stands
            }
            Item next = item(p, false);
            if (next == null || !(first.plural || words(next.nameFrom, next.nameTo) >= 2 || next.age != null)) {
                break;
            }
            items.add(next);
            last = next;
        }
        return items;
    }

    // ---------------------------------------------------------------- context

    /** Whether a spokesman, official or reporter is named here rather than a victim. */
    private boolean speakerBefore(int start) {
        if (start > 0 && t.get(start - 1).isWord() && ArabicWords.SPEAKER_VERBS.contains(t.get(start - 1).norm())) {
            return true;
        }
        for (int j = start - 1; j >= Math.max(0, start - 4); j--) {
            Token tok = t.get(j);
            // a comma or "بينهم" ends the phrase that could hold a speaker's post or a place's keeper
            // ("في قصف على البلدة، بينهم الطفل X": the town is where, not whose)
            if ((tok.is("،") || tok.is(",")) && postBefore(j)) {
                return true; // "المتحدث باسم الوزارة، الدكتور X، إن ...": the spokesman's name in apposition
            }
            if (tok.kind() == Token.Kind.BREAK || boundary(j) || cue(j) != null || tok.kind() == Token.Kind.PUNCT
                    || tok.isWord() && ArabicWords.PART.contains(tok.norm())) {
                return false;
            }
            if (tok.isWord() && ArabicWords.known(toMap(), tok.norm()) != null) {
                // a house's owner is harmed when his own fate is told (ownerOnly), a speaker never
                return !(j == start - 1 && PROPERTY.contains(tok.norm()));
            }
        }
        return false;
    }

    /** Whether the phrase that ends at the comma {@code comma} names a post: "المتحدث باسم وزارة الصحة،". */
    private boolean postBefore(int comma) {
        for (int j = comma - 1; j >= Math.max(0, comma - 6); j--) {
            Token tok = t.get(j);
            if (tok.kind() == Token.Kind.BREAK || tok.kind() == Token.Kind.PUNCT || boundary(j) || cue(j) != null) {
                return false;
            }
            if (tok.isWord() && ArabicWords.POSTS.contains(tok.norm())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Map<String, Boolean> SPEAKER_MAP = new java.util.HashMap<>();

    private static java.util.Map<String, Boolean> toMap() {
        if (SPEAKER_MAP.isEmpty()) {
            synchronized (SPEAKER_MAP) {
                for (String s : ArabicWords.SPEAKERS) {
                    SPEAKER_MAP.put(s, true);
                }
            }
        }
        return SPEAKER_MAP;
    }

    /** The outcome that governs a name in [start, next): right after it, else before it, else after it. */
    private VictimOutcome outcome(int start, int next) {
        VictimOutcome o = governingOutcome(start, next);
        return o == VictimOutcome.INJURED && diedAfter(next) ? VictimOutcome.KILLED : o;
    }

    /**
     * "إن الشاب X وصل إلى المستشفى بحالة حرجة جراء إصابته …، ثم ارتقى شهيداً" (then rose a martyr): a wound
     * told first and a death after it, with ثم (then), in the same sentence.
     */
    private boolean diedAfter(int from) {
        for (int j = from; j < Math.min(n, from + 40) && !boundary(j); j++) {
            if (t.get(j).isWord() && (t.get(j).is("ثم") || t.get(j).is("وثم"))) {
                for (int k = j + 1; k < Math.min(n, j + 3); k++) {
                    if (cue(k) == VictimOutcome.KILLED) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private VictimOutcome governingOutcome(int start, int next) {
        VictimOutcome adjacent = before(start, 2);
        if (adjacent != null) {
            return adjacent; // "استشهد الطفل X، وأصيب ..." : the verb right before governs
        }
        for (int j = next; j < Math.min(n, next + 3); j++) {
            if (boundary(j)) {
                break;
            }
            VictimOutcome o = cue(j);
            if (o != null) {
                return o;
            }
        }
        VictimOutcome b = before(start, 40);
        if (b != null) {
            return b;
        }
        for (int j = next; j < Math.min(n, next + 50); j++) {
            if (boundary(j)) {
                break;
            }
            VictimOutcome o = cue(j);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private VictimOutcome before(int start, int reach) {
        for (int j = start - 1; j >= Math.max(0, start - reach); j--) {
            if (boundary(j)) {
                return null;
            }
            VictimOutcome o = cue(j);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /**
     * The outcome a list's introduction names: "أسماء الشهداء وخمسة من الجرحى وهم:" lists the dead first,
     * so the first casualty word after أسماء; else the nearest before the list.
     */
    private VictimOutcome listOutcome(int intro) {
        for (int j = intro - 1; j >= Math.max(0, intro - 60); j--) {
            if (boundary(j)) {
                break;
            }
            if (t.get(j).isWord() && ArabicWords.isNameList(t.get(j).norm())) {
                for (int k = j + 1; k < intro; k++) {
                    VictimOutcome o = cue(k);
                    if (o != null) {
                        return o;
                    }
                }
            }
        }
        VictimOutcome near = before(intro, 60);
        if (near != null || !nameListBefore(intro)) {
            return near;
        }
        // "ونشر ناشطون أسماء ... وهم": the deaths were told in the sentence before
        for (int j = intro - 1; j >= Math.max(0, intro - 80); j--) {
            VictimOutcome o = cue(j);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** The outcome of the heading above a list line: the nearest casualty word before it, across lines. */
    private VictimOutcome outcomeAbove(int from) {
        for (int j = from - 1; j >= Math.max(0, from - 80); j--) {
            VictimOutcome o = cue(j);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private boolean cueWithin(int from, int reach) {
        for (int j = from; j < Math.min(n, from + reach); j++) {
            if (cue(j) != null) {
                return true;
            }
        }
        return false;
    }

    private VictimOutcome cue(int j) {
        classify(j);
        return cueOf[j];
    }

    // ---------------------------------------------------------------- structure

    private boolean boundary(int j) {
        Token tok = t.get(j);
        if (tok.kind() == Token.Kind.BREAK) {
            return true;
        }
        if (tok.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String p = tok.norm();
        if (p.equals(".") && j > 0 && t.get(j - 1).kind() == Token.Kind.NUMBER) {
            return false; // "2." numbers a list item
        }
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("؟") || p.equals("؛") || p.equals(";");
    }

    private boolean lineStart(int i) {
        return i == 0 || t.get(i - 1).kind() == Token.Kind.BREAK;
    }

    /** The token after a list marker at a line start ("1-", "2.", "3)", "–", "•"), or {@code i}. */
    private int bullet(int i) {
        Token tok = t.get(i);
        if (tok.kind() == Token.Kind.NUMBER && i + 1 < n && t.get(i + 1).kind() == Token.Kind.PUNCT
                && isMarker(t.get(i + 1).norm()) && tok.value() < 1000) {
            return i + 2;
        }
        if (tok.kind() == Token.Kind.PUNCT && (tok.is("-") || tok.is("–") || tok.is("—") || tok.is("•")
                || tok.is("*") || tok.is("·"))) {
            return i + 1;
        }
        return i;
    }

    private static boolean isMarker(String p) {
        return p.equals("-") || p.equals(".") || p.equals(")") || p.equals("–") || p.equals("/") || p.equals("_");
    }

    /** An inline number marker "2- " before an item, skipped. */
    private int inlineNumber(int p) {
        if (p + 1 < n && t.get(p).kind() == Token.Kind.NUMBER && t.get(p + 1).kind() == Token.Kind.PUNCT
                && isMarker(t.get(p + 1).norm())) {
            return p + 2;
        }
        return p;
    }

    /** Where a list's next item starts after one ends at {@code p}, or -1 when the list ends. */
    private int nextListItem(int p) {
        for (int guard = 0; p < n && guard < 14; guard++) {
            if (boundary(p)) {
                return -1;
            }
            Token tok = t.get(p);
            if (tok.is("،") || tok.is(",")) {
                return p + 1;
            }
            if (tok.is("و")) {
                return p + 1;
            }
            if (tok.kind() == Token.Kind.NUMBER && p + 1 < n && isMarker(t.get(p + 1).norm())) {
                return p;
            }
            if (tok.isWord() && tok.norm().charAt(0) == 'و' && tok.norm().length() > 3) {
                String rest = tok.norm().substring(1);
                if (ArabicWords.known(ArabicWords.TITLES, rest) != null || ArabicWords.known(ArabicWords.KIN, rest) != null) {
                    return p;
                }
                // "وهم: سامر خالد العلي ومنى خالد العلي": و written against the next name joins the items
                if (ArabicNameRun.isNameWord(tok, true)) {
                    return p;
                }
            }
            p++;
        }
        return -1;
    }

    /** The start of a list after this token: "وهم:", "هم:", ":" after a casualty heading; else {@code i}. */
    private int listStart(int i) {
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
            if (before(i, 15) != null || nameListBefore(i)) {
                return j;
            }
            return i;
        }
        if (tok.is(":") && i > 0) {
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                if (boundary(j)) {
                    break;
                }
                if (cue(j) != null || t.get(j).isWord() && ArabicWords.isNameList(t.get(j).norm())) {
                    return i + 1;
                }
            }
        }
        return i;
    }

    private boolean nameListBefore(int i) {
        for (int j = i - 1; j >= Math.max(0, i - 14); j--) {
            if (boundary(j)) {
                return false;
            }
            if (t.get(j).isWord() && ArabicWords.isNameList(t.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    private int endOfLine(int from) {
        int j = from;
        while (j < n && t.get(j).kind() != Token.Kind.BREAK) {
            j++;
        }
        return j;
    }

    private static boolean isOpening(Token tok) {
        String p = tok.norm();
        return p.equals("(") || p.equals("\"") || p.equals("“") || p.equals("«") || p.equals("'") || p.equals("[")
                || p.equals("”") || p.equals("‘");
    }

    private static boolean isClosing(Token tok) {
        String p = tok.norm();
        return p.equals(")") || p.equals("\"") || p.equals("”") || p.equals("»") || p.equals("'") || p.equals("]")
                || p.equals("“") || p.equals("’");
    }

    private int words(int from, int to) {
        int c = 0;
        for (int j = from; j < to; j++) {
            if (t.get(j).isWord() && !ArabicWords.JOINERS.contains(t.get(j).norm())) {
                c++;
            }
        }
        return c;
    }

    // ---------------------------------------------------------------- output

    private void addAll(List<Item> items, VictimOutcome outcome, boolean plural) {
        List<String> names = new ArrayList<>();
        for (Item item : items) {
            names.add(name(item));
        }
        if (plural && items.size() >= 2 && words(items.get(0).nameFrom, items.get(0).nameTo) == 1) {
            Item second = items.get(1);
            if (words(second.nameFrom, second.nameTo) >= 2) {
                int tail = second.nameFrom + 1;
                if (ArabicWords.JOINERS.contains(t.get(second.nameFrom).norm())) {
                    tail++;
                }
                names.set(0, names.get(0) + " " + text.substring(t.get(tail).start(), t.get(second.nameTo - 1).end()));
            }
        }
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            int start = nameStart(item.nameFrom);
            // a plural title ("الشابان X، وY", the two young men) says the sex and group of every name it heads
            boolean headed = plural && k > 0 && item.sex == null && (item.group == null || item.group == Group.PERSON);
            String sex = headed ? items.get(0).sex : item.sex;
            Group group = headed && items.get(0).group != null ? items.get(0).group : item.group;
            found.add(new Mention(start, t.get(item.nameTo - 1).end(), names.get(k), outcome, sex, item.age,
                    group == null ? Group.PERSON : group, item.nameFrom, item.relation));
            mark(item);
        }
    }

    private String name(Item item) {
        return text.substring(nameStart(item.nameFrom), t.get(item.nameTo - 1).end());
    }

    /** The name's first character: after a conjunction و written against it. */
    private int nameStart(int from) {
        Token first = t.get(from);
        String w = first.norm();
        if (w.charAt(0) == 'و' && w.length() > 3 && !ArabicWords.WAW_NAMES.contains(w)) {
            int c = first.start();
            while (c < first.end() && text.charAt(c) != 'و') {
                c++;
            }
            return c + 1;
        }
        return first.start();
    }

    private void mark(Item item) {
        markRange(item.from, item.nameTo);
    }

    private void markRange(int from, int to) {
        for (int j = from; j < to && j < n; j++) {
            used[j] = true;
        }
    }
}
