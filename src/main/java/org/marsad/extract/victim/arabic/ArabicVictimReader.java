package org.marsad.extract.victim.arabic;

import java.util.List;
import org.marsad.extract.Group;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.victim.Mention;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.Token;

/**
 * Finds the named victims of Arabic text. A name is read only where the language puts a victim's name:
 * in a list introduced by "وهم:" / "كل من" / a heading of casualty words, on numbered or dashed lines,
 * after a role noun (الطفل، الشهيدة، المواطن) or a victim's kinship noun (وشقيقته), right after a
 * casualty word (مقتل، استشهاد، إصابة), before an age in brackets, or before "الذي قتل". Its outcome is
 * the casualty word that governs it ({@link Outcomes}). A name no casualty word governs is not a victim.
 *
 * <p>This class walks the tokens and decides which trigger a word is; the stages it calls do the reading:
 * {@link NameItems} (one name with its titles and age), {@link VictimLists}, {@link NamesSummedByKin},
 * {@link Bystanders} (who is named but not harmed), {@link BackReferences} and {@link Victims} (the output).
 */
public final class ArabicVictimReader {

    /** How far after a verb of mourning (نعى) the name of the one mourned is looked for, its subject between. */
    private static final int MOURNED_REACH = 16;

    private final Passage p;
    private final List<Token> t;
    private final int n;
    private final WordRoles roles;
    private final Ages ages;
    private final Outcomes outcomes;
    private final Bystanders bystanders;
    private final NameItems names;
    private final Victims victims;
    private final VictimLists lists;
    private final NamesSummedByKin summed;
    private final BackReferences back;

    public ArabicVictimReader(String text, List<Token> tokens) {
        this.p = new Passage(text, tokens);
        this.t = tokens;
        this.n = tokens.size();
        this.roles = new WordRoles(p);
        this.ages = new Ages(p);
        this.outcomes = new Outcomes(p, roles);
        this.bystanders = new Bystanders(p, roles);
        this.names = new NameItems(p, roles, ages, bystanders);
        this.victims = new Victims(p);
        this.lists = new VictimLists(p, roles, names, outcomes, victims);
        this.summed = new NamesSummedByKin(p, outcomes, victims);
        this.back = new BackReferences(p, outcomes, victims);
    }

    public List<Mention> read() {
        for (int i = 0; i < n; i++) {
            if (victims.used(i)) {
                continue;
            }
            Token tok = t.get(i);
            if (p.lineStart(i) && p.bullet(i) > i) {
                lists.lineItem(p.bullet(i));
                continue;
            }
            int list = lists.start(i);
            if (list > i) {
                lists.inline(list, i);
                continue;
            }
            if (!tok.isWord()) {
                // an age outside brackets is one in years: "استمرت 10 أيام" (lasted ten days) is a duration
                if (tok.is("(") && ages.at(i + 1) != null || tok.kind() == Token.Kind.NUMBER && ages.at(i) != null
                        && i + 1 < n && ArabicWords.AGE_UNITS.contains(t.get(i + 1).norm())) {
                    ageBackward(i);
                }
                continue;
            }
            String w = tok.norm();
            if (ArabicWords.KIN_AFTER_NAMES.contains(w)) {
                summed.read(i);
            } else if (roles.titleOrKin(i)) {
                introduced(i);
            } else if (ArabicWords.THAT.contains(w) && namesThenVerb(i + 1)) {
                continue;
            } else if (roles.cueBeforeName(i) || ArabicWords.NAMED.contains(w)) {
                afterCue(i);
            } else if (ArabicWords.PART.contains(w)) {
                afterPart(i);
            } else if ((w.equals("كل") || w.equals("كلا")) && i + 1 < n && t.get(i + 1).is("من")
                    && !(i > 0 && (t.get(i - 1).is("في") || t.get(i - 1).is("على"))) && outcomes.before(i, 6) != null) {
                // "وقتل في القصف كل من: X، وY" (and killed in the shelling were each of X and Y); not "في كل
                // من حلب وإدلب" (in each of Aleppo and Idlib), a list of places
                lists.inline(afterColon(i + 2), i);
            } else if (ArabicWords.CASE_OF.contains(w) && !(i > 0 && t.get(i - 1).is("في"))) {
                caseOf(i);
            } else if ((w.equals("الذي") || w.equals("التي")) && outcomes.cueWithin(i + 1, 3)) {
                // one word before "التي قُتل فيها" is a place as often as a person (كركوك التي لقي فيها 18
                // شخصاً مصرعهم); a person's name there has at least two parts. A name in quotes ends
                // before its closing quote ("وهو "X" الذي قضى").
                int end = i > 0 && t.get(i - 1).kind() == Token.Kind.PUNCT && Passage.isClosing(t.get(i - 1)) ? i - 1 : i;
                if (p.words(ArabicNameRun.backward(t, end), end) >= 2) {
                    backward(end, null);
                }
            }
        }
        back.settle();
        return victims.found();
    }

    /** The token after a colon at {@code j} ("كل من: X"), or after the semicolon some write for it ("كل من؛ X"). */
    private int afterColon(int j) {
        return j < n && (t.get(j).is(":") || t.get(j).is("؛")) ? j + 1 : j;
    }

    /** A title or kinship noun at {@code at}: the name it introduces, and the names joined to it by و. */
    private void introduced(int at) {
        NameItem item = names.read(at, false);
        if (item == null) {
            return;
        }
        boolean owner = bystanders.owner(item.from());
        VictimOutcome ownFate = owner ? outcomes.ownFate(item.next()) : null;
        if (bystanders.speakerBefore(item.from()) || owner && ownFate == null) {
            victims.mark(item);
            back.unsettled(item);
            return;
        }
        int family = victims.familyNameOfOneRead(item.nameFrom());
        if (family > 0) {
            // "الشاب عوض", "الشهيدين جبارين وبواقنة": one named before, called again by the family name; the
            // words after it are the sentence going on ("الشاب عوض فأطلق عليه رصاصة")
            names.coordinated(new NameItem(item.from(), item.nameFrom(), item.nameFrom() + family, item.nameFrom() + family,
                    item.sex(), item.group(), null, null, item.plural(), false, null)).forEach(victims::mark);
            return;
        }
        List<NameItem> group = names.coordinated(item);
        if (item.plural() && group.size() == 1 && p.words(item.nameFrom(), item.nameTo()) < 2) {
            return; // "فإن الشهيدين نقلا إلى المستشفى": after a dual title one word alone is its verb, not a name
        }
        int next = group.get(group.size() - 1).next();
        VictimOutcome outcome = item.outcome() != null ? item.outcome() : ownFate != null ? ownFate
                : outcomes.of(item.from(), next);
        if (outcome == VictimOutcome.INJURED && item.outcome() != null && outcomes.arrivedAMartyr(next)) {
            outcome = VictimOutcome.KILLED; // "ابنها الجريح X شهيداً": the wound his title tells, then his death
        }
        if (outcome == null) {
            back.unsettled(item);
            return;
        }
        victims.addAll(group, outcome, item.plural());
    }

    /** A casualty word right before a name: "مقتل كلٍّ من X", "استشهاد "X"", "أصيب X". */
    private void afterCue(int at) {
        int j = at + 1;
        if (j < n && t.get(j).isWord() && ArabicWords.TIMES_OF_DAY.contains(t.get(j).norm())) {
            j++; // "استشهد صباحاً بدر عامر" (was killed this morning Badr Amer): the time before the name
        }
        if (j + 1 < n && t.get(j).isWord() && (t.get(j).is("كل") || t.get(j).is("كلا")) && t.get(j + 1).is("من")) {
            lists.inline(afterColon(j + 2), at); // "كل من: X، وY"
            return;
        }
        if (ArabicWords.MOURNED.contains(t.get(at).norm()) && mournedAfterItsSubject(at)) {
            return;
        }
        boolean named = ArabicWords.NAMED.contains(t.get(at).norm());
        boolean quoted = j < n && Passage.isOpening(t.get(j));
        if (roles.titleOrKin(j)) {
            return; // the title is read where it stands
        }
        NameItem item = names.read(j, false);
        if (item == null) {
            return;
        }
        int words = p.words(item.nameFrom(), item.nameTo());
        if (!(named || quoted || words >= 2) || ages.countFollows(item.next())) {
            return;
        }
        List<NameItem> group = names.coordinated(item);
        VictimOutcome outcome = outcomes.of(item.from(), group.get(group.size() - 1).next());
        if (outcome == null) {
            return;
        }
        victims.addAll(group, outcome, false);
    }

    /**
     * "ونعى الحزب في بيان مقتضب، X" (the party mourned, in a short statement, X), "نعى "حزب الله" أحد عناصره X"
     * (one of its members X), "ونعى الحزب كل من X وY": the one who mourns comes first, the dead after it, after a
     * comma, "one of its members" or "each of". Whether a name was read.
     */
    private boolean mournedAfterItsSubject(int at) {
        int party = partyAfter(at + 1);
        if (party > at + 1 && party < n && !roles.titleOrKin(party) && roles.cue(party) == null) {
            // "نعى حزب الله X" (Hezbollah mourned X): the party's name, then the dead
            NameItem item = names.read(party, false);
            if (item != null && p.words(item.nameFrom(), item.nameTo()) >= 2 && !ages.countFollows(item.next())) {
                victims.addAll(List.of(item), VictimOutcome.KILLED, false);
                return true;
            }
        }
        for (int j = at + 1; j < Math.min(n, at + MOURNED_REACH) && !p.boundary(j); j++) {
            Token tok = t.get(j);
            if (roles.titleOrKin(j) || roles.cue(j) != null) {
                return false; // "نعى الحزب الشهيد X": the title is read where it stands
            }
            int from;
            if (tok.is("كل") && j + 1 < n && t.get(j + 1).is("من")) {
                lists.inline(afterColon(j + 2), at);
                return true;
            } else if ((tok.is("أحد") || tok.is("احد") || tok.is("إحدى")) && j + 1 < n && t.get(j + 1).isWord()) {
                from = j + 2; // "أحد عناصره" (one of its members), "أحد قادته" (one of its commanders)
            } else if (tok.is("،") || tok.is(",")) {
                from = j + 1;
            } else {
                continue;
            }
            NameItem item = from < n && !roles.titleOrKin(from) ? names.read(from, false) : null;
            if (item != null && p.words(item.nameFrom(), item.nameTo()) >= 2 && !ages.countFollows(item.next())) {
                Noun noun = Lexicon.lookup(t.get(from - 1).norm()).info().noun();
                if (item.group() == null && noun != null && noun.group() == Group.FIGHTER) {
                    item = item.withGroup(Group.FIGHTER); // "أحد عناصره" (one of its fighters)
                }
                victims.addAll(List.of(item), VictimOutcome.KILLED, false);
                return true;
            }
            return false;
        }
        return false;
    }

    /**
     * The token after a party named as the subject at {@code j}: "حزب الله", "حركة أمل" (the noun and the one
     * word it is in construct with), "الحزب", "الحركة"; else {@code j}.
     */
    private int partyAfter(int j) {
        if (j + 1 < n && t.get(j).isWord() && ArabicWords.PARTY_HEADS.contains(t.get(j).norm()) && t.get(j + 1).isWord()) {
            return j + 2;
        }
        return j < n && t.get(j).isWord() && ArabicWords.PARTIES.contains(t.get(j).norm()) ? j + 1 : j;
    }

    /**
     * "وأكدت المصادر أن X وY استشهدا" (the sources confirmed that X and Y were killed): names after أن whose verb
     * comes after them, in the number the names make (a dual for two, a plural for more, a singular for one).
     * Whether they were read.
     */
    private boolean namesThenVerb(int from) {
        if (from < n && t.get(from).is("/")) {
            from++; // "أن /X وY استشهدا": a stray mark of a local site's copy before the first name
        }
        if (from >= n || roles.titleOrKin(from) || !t.get(from).isWord()) {
            return false;
        }
        // "أن المواطنين X وY استشهدا" (that the citizens X and Y were killed): a plural noun of people heads the names
        Group head = ArabicWords.PLURAL_HEADS.get(t.get(from).norm());
        int start = head != null ? from + 1 : from;
        if (start >= n || !t.get(start).isWord() || roles.titleOrKin(start)) {
            return false;
        }
        NameItem first = names.read(start, false);
        if (first == null || p.words(first.nameFrom(), first.nameTo()) < 2) {
            return false;
        }
        List<NameItem> group = names.coordinated(first, true);
        if (head != null) {
            group = group.stream().map(item -> item.group() == null ? item.withGroup(head) : item).toList();
        }
        int verb = group.get(group.size() - 1).next();
        if (verb < n && (t.get(verb).is("،") || t.get(verb).is(","))) {
            verb++;
        }
        if (verb >= n || !t.get(verb).isWord()) {
            return false;
        }
        Integer number = ArabicWords.VERB_NUMBER.get(t.get(verb).norm());
        VictimOutcome outcome = roles.cue(verb);
        if (number == null || outcome == null || number == 1 && group.size() != 1 || number == 2 && group.size() != 2
                || number == 3 && group.size() < 3) {
            return false;
        }
        // "أن X قتل 5 مدنيين" (that X killed five civilians): a verb with an object after it is the killer's;
        // the killed are followed by how, where or nothing ("استشهدا جراء القصف", "قتلا برصاص")
        int after = verb + 1;
        if (after < n && t.get(after).isWord() && (!ArabicWords.isStop(t.get(after).norm()) || roles.titleOrKin(after))
                || ages.countFollows(after)) {
            return false;
        }
        victims.addAll(group, outcome, false);
        return true;
    }

    /** "من بينهم X" names one of a figure's people: the figure's casualty word governs. */
    private void afterPart(int at) {
        int j = at + 1;
        if (roles.titleOrKin(j)) {
            return;
        }
        NameItem item = names.read(j, false);
        if (item == null || p.words(item.nameFrom(), item.nameTo()) < 2 || ages.countFollows(item.next())) {
            return;
        }
        List<NameItem> group = names.coordinated(item);
        VictimOutcome outcome = outcomes.before(at, 40);
        if (outcome == null) {
            outcome = outcomes.of(item.from(), group.get(group.size() - 1).next());
        }
        if (outcome != null) {
            victims.addAll(group, outcome, false);
        }
    }

    /**
     * "ومن أبرز حوادث الموت تحت التعذيب حالة X" (among the deaths, the case of X): a name of two words
     * or more after حالة, governed by the casualty word of its sentence. "في حالة" is a state, not a case.
     */
    private void caseOf(int at) {
        NameItem item = names.read(at + 1, false);
        if (item == null || p.words(item.nameFrom(), item.nameTo()) < 2) {
            return;
        }
        VictimOutcome outcome = outcomes.of(item.from(), item.next());
        if (outcome != null) {
            victims.addAll(List.of(item), outcome, false);
        }
    }

    /** An age in brackets or after a name: the name that ends before it. */
    private void ageBackward(int ageAt) {
        int end = ageAt;
        int start = ArabicNameRun.backward(t, end);
        if (start == end || victims.used(start) || start > 0 && t.get(start - 1).isWord()
                && ArabicWords.AGE_LEADS.contains(t.get(start - 1).norm())) {
            return;
        }
        backward(end, ageAt);
    }

    /** The token after a closing bracket or quote at {@code j}, or {@code j}. */
    private int pastClosing(int j) {
        return j < n && t.get(j).kind() == Token.Kind.PUNCT && Passage.isClosing(t.get(j)) ? j + 1 : j;
    }

    /** The name that ends at {@code end}, with the age at {@code ageAt} (or none), when a casualty word governs it. */
    private void backward(int end, Integer ageAt) {
        int start = ArabicNameRun.backward(t, end);
        if (start == end || victims.used(start) || bystanders.speakerBefore(start)) {
            return;
        }
        int agePos = ageAt == null ? -1 : t.get(ageAt).is("(") ? ageAt + 1 : ageAt;
        Integer age = ageAt == null ? null : ages.at(agePos);
        NameItem item = new NameItem(start, start, ArabicNameRun.withoutKunya(t, start, end),
                ageAt == null ? end : pastClosing(ages.after(agePos)), null, age != null && age < 18 ? Group.CHILD : null,
                age, null, false, false, null);
        VictimOutcome outcome = outcomes.of(start, item.next());
        if (outcome == null) {
            return;
        }
        // "وأصيب في القصف A (30 عاماً) وB": the names joined after the one its age ends, each with its own age
        victims.addAll(ageAt == null ? List.of(item) : names.coordinated(item), outcome, false);
    }
}
