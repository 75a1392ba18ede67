package org.marsad.extract.victim.latin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.extract.victim.Kinship;
import org.marsad.extract.victim.Mention;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.Token;

/**
 * The English names read so far, as mentions with outcome, sex, age and group, and the tokens spent on them.
 * A name a speaker's word governs, that speaks or survived, or that no casualty word governs is left out.
 */
final class LatinVictims {

    private final LatinPassage passage;
    private final List<Token> t;
    private final LatinAges years;
    private final LatinOutcomes outcomes;
    private final LatinBystanders bystanders;
    private final boolean[] used;
    private final List<Mention> found = new ArrayList<>();

    LatinVictims(LatinPassage passage, LatinAges years, LatinOutcomes outcomes, LatinBystanders bystanders) {
        this.passage = passage;
        this.t = passage.t;
        this.years = years;
        this.outcomes = outcomes;
        this.bystanders = bystanders;
        this.used = new boolean[passage.n];
    }

    boolean used(int k) {
        return used[k];
    }

    List<Mention> found() {
        return found;
    }

    void add(int from, int end, String sex, int trigger, String kin, Integer age) {
        add(from, end, sex, trigger, kin, age, null);
    }

    /** {@code given}: the outcome the trigger itself says ("killed X", "among the dead were X"), else null. */
    void add(int from, int end, String sex, int trigger, String kin, Integer age, VictimOutcome given) {
        if (used[from]) {
            return;
        }
        if (bystanders.speakerBefore(trigger) || bystanders.speaks(end) || bystanders.survived(from, end)
                || possessorOfOthers(end)) {
            return;
        }
        VictimOutcome outcome = given != null ? given : outcomes.outcome(from, end);
        if (outcome == null) {
            outcome = sameSentenceAsLast(from);
        }
        if (outcome == null && outcomes.explicitBefore(trigger)) {
            outcome = outcomes.previousSentence(from);
        }
        if (outcome == null) {
            return;
        }
        for (int k = from; k < end; k++) {
            used[k] = true;
        }
        String name = passage.text.substring(t.get(from).start(), t.get(end - 1).end());
        Group group = group(kin, sex, age);
        int described = years.describedAs(end);
        if (described >= 0) {
            // "Nurto Abukar, an 18-year-old woman, was killed": the age and sex the apposition gives
            String said = LatinAges.DESCRIBED_SEX.get(t.get(described).norm());
            age = age != null ? age : years.yearsOld(described - 1);
            sex = sex != null ? sex : said;
            group = kin != null || age != null && age < 18 ? group(kin, sex, age)
                    : "F".equals(said) ? Group.WOMAN : "M".equals(said) ? Group.MAN : group;
        }
        found.add(new Mention(t.get(from).start(), t.get(end - 1).end(), name, outcome, sex, age,
                group, from, Kinship.ofEnglish(kin)));
    }

    /** What a possessive names that is still the person's own fate: "Haddad's body", "Haddad's killing". */
    private static final Set<String> OWN_FATE = Set.of("body", "remains", "corpse", "death", "killing", "murder",
            "funeral", "assassination", "grave", "wounds", "injuries");

    /**
     * "the victims included Deif's wife and two-year-old daughter", "among the dead were Khoury's two
     * daughters": a name followed by a possessive owns who or what comes next; the kin are the casualties,
     * not he (extract18's items: the Hamas commander whose wife and daughter were killed was read as killed).
     */
    private boolean possessorOfOthers(int end) {
        if (end + 2 >= passage.n || !(t.get(end).is("'") || t.get(end).is("’")) || !t.get(end + 1).is("s")) {
            return false;
        }
        return !OWN_FATE.contains(t.get(end + 2).norm());
    }

    /**
     * The group a kinship noun and age give: a child under 18; a wife or mother a woman, a husband or father
     * a man; a son or daughter of a stated adult age a man or woman; else a person.
     */
    static Group group(String kin, String sex, Integer age) {
        if (age != null && age < 18) {
            return Group.CHILD;
        }
        if (kin == null) {
            return Group.PERSON;
        }
        if (Set.of("wife", "mother", "grandmother", "mother-in-law", "aunt").contains(kin)) {
            return Group.WOMAN;
        }
        if (Set.of("husband", "father", "grandfather", "father-in-law", "uncle").contains(kin)) {
            return Group.MAN;
        }
        if (age != null) {
            return "F".equals(sex) ? Group.WOMAN : "M".equals(sex) ? Group.MAN : Group.PERSON;
        }
        return Set.of("boy", "girl", "child", "children").contains(kin) ? Group.CHILD : Group.PERSON;
    }

    /** The outcome of the victim named last when it is in this name's sentence ("X, his wife Y and ..."). */
    VictimOutcome sameSentenceAsLast(int from) {
        if (found.isEmpty()) {
            return null;
        }
        Mention last = found.get(found.size() - 1);
        for (int k = from - 1; k > last.token(); k--) {
            if (passage.boundary(k)) {
                return null;
            }
        }
        return last.token() < from ? last.outcome() : null;
    }
}
