package org.marsad.extract.victim.latin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.extract.victim.Mention;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.Token;

/**
 * Finds the named victims of English text. A name is a run of capitalised words (with al-, bin, abu
 * between them), read where English puts a victim's name: after "identified as" / "named", after "the
 * death of", after a victim's kinship noun ("his wife Roueida Moustapha", "their son, Ali, 25"), after an
 * age ("10-year-old Ahmed"), after a list colon ("five of his children: Saeed, Ibrahim and Musab"), or
 * as the subject of "was killed" / "died". A name a speaker's word governs ("said", "according to",
 * "spokesman") or that survived is not a victim.
 *
 * <p>This class walks the tokens and decides which trigger a word is; the stages it calls do the reading:
 * {@link LatinNameRuns} (where a name starts and ends), {@link LatinAges}, {@link LatinOutcomes} (the casualty
 * word that governs it), {@link LatinBystanders} (who is named but not harmed) and {@link LatinVictims} (the
 * output).
 */
public final class LatinVictimReader {

    private final LatinPassage passage;
    private final List<Token> t;
    private final int n;
    private final LatinAges years;
    private final LatinNameRuns runs;
    private final LatinOutcomes outcomes;
    private final LatinVictims victims;

    public LatinVictimReader(String text, List<Token> tokens) {
        this.passage = new LatinPassage(text, tokens);
        this.t = tokens;
        this.n = tokens.size();
        this.years = new LatinAges(passage);
        this.runs = new LatinNameRuns(passage, years);
        this.outcomes = new LatinOutcomes(passage);
        this.victims = new LatinVictims(passage, years, outcomes, new LatinBystanders(passage, outcomes));
    }

    public List<Mention> read() {
        for (int i = 0; i < n; i++) {
            Token tok = t.get(i);
            if (!victims.used(i) && tok.is(":") && i + 1 < n && passage.capital(i + 1)) {
                VictimOutcome listed = outcomes.colonList(i);
                if (listed != null) {
                    // "Four of the children were killed, according to the centre: Saleh, five, Rudeina, four"
                    for (int[] span : runs.names(i + 1, false)) {
                        victims.add(span[0], span[1], null, i + 1, null, years.age(span[1]), listed);
                    }
                    continue;
                }
            }
            if (!victims.used(i) && tok.is("-") && (i == 0 || t.get(i - 1).kind() == Token.Kind.BREAK) && casualtyRecord(i)) {
                continue;
            }
            if (!victims.used(i) && tok.is(",") && apposedToToll(i)) {
                continue;
            }
            if (victims.used(i) || !tok.isWord() || tok.norm().isEmpty() || tok.norm().charAt(0) >= 128) {
                continue;
            }
            String w = tok.norm();
            if ((w.equals("as") && i > 0 && (t.get(i - 1).is("them") || t.get(i - 1).is("him") || t.get(i - 1).is("her")
                    || outcomes.identifiedBefore(i)))
                    || (w.equals("named") || w.equals("identified")) && i + 1 < n && passage.capital(i + 1)) {
                // "the name of the wounded son as X": the kin noun between says who X is
                String kin = w.equals("as") ? outcomes.kinBefore(i) : null;
                nameAfter(i + 1, kin == null || LatinWords.KIN.get(kin).isEmpty() ? null : LatinWords.KIN.get(kin), true, kin);
            } else if (w.equals("of") && i > 0 && (t.get(i - 1).is("death") || t.get(i - 1).is("deaths")
                    || t.get(i - 1).is("killing") || t.get(i - 1).is("funeral"))) {
                nameAfter(i + 1, null, true); // "the death of the anesthesiologist, Amin Qusho"
            } else if (GROUP_NOUNS.containsKey(w) && i + 1 < n && LINKING.contains(t.get(i + 1).norm())) {
                // "Among the dead were X", "The victims included X, 34, and Y"
                for (int[] span : runs.names(i + 2, false)) {
                    victims.add(span[0], span[1], null, i + 2, null, years.age(span[1]), GROUP_NOUNS.get(w));
                }
            } else if (w.equals("of") && i > 0 && HOMES.contains(t.get(i - 1).norm())) {
                ownerKilled(i + 1);
            } else if (w.equals("including") && outcomes.before(i) != null) {
                objectOf(i, outcomes.before(i)); // "ten people were killed, including X, sister of Y"
            } else if ((w.equals("victims") || w.equals("victim")) && i + 1 < n && !t.get(i + 1).is("of")) {
                nameAfter(i + 1, null, false);
            } else if (OBJECT_VERBS.containsKey(w) && !outcomes.passive(i)) {
                boolean fatally = i > 0 && (t.get(i - 1).is("fatally") || t.get(i - 1).is("mortally"));
                objectOf(i, fatally ? VictimOutcome.KILLED : OBJECT_VERBS.get(w)); // "fatally wounding X" killed X
            } else if (LatinWords.KIN.containsKey(w) && runs.possessed(i)) {
                // "mother-in-law" is five tokens: the kin is the whole word, the name starts after "law"
                int after = runs.inLaw(i);
                String kin = after > i + 1 ? w + "-in-law" : w;
                nameAfter(after, false, runs.kinsEndingAt(i, LatinWords.KIN.containsKey(kin) ? kin : w), i + 1);
            } else if (w.equals("old") && years.yearsOld(i) != null) {
                int j = i + 1;
                String sex = null;
                String kin = null;
                if (j < n && LatinWords.KIN.containsKey(t.get(j).norm())) {
                    kin = t.get(j).norm();
                    sex = LatinWords.KIN.get(kin);
                    j++;
                }
                Integer before = years.yearsOld(i);
                for (int[] span : runs.names(j, false)) {
                    // "three-year-old Lina and 14-year-old Omar": each name of the list has its own age
                    Integer own = span[0] > j && t.get(span[0] - 1).is("old") ? years.yearsOld(span[0] - 1) : null;
                    Integer after = years.age(span[1]);
                    victims.add(span[0], span[1], sex == null || sex.isEmpty() ? null : sex, j, kin,
                            after != null ? after : own != null ? own : punctuationOnly(j, span[0]) ? before : null);
                }
            } else if (LatinWords.ROLES.contains(w) && !passage.capital(i) && titled(i)) {
                continue; // "killed the group's top commander, Fuad Shukr", "unit commander Ali Saleh, was killed"
            } else if (REPORTED_BY.contains(w)) {
                reportedSubject(i);
            } else if (passage.capital(i) && (i == 0 || !passage.capital(i - 1)) && apposedFate(i)) {
                continue; // "Wissam Tawil, a senior commander killed in a strike in January"
            } else if (passage.clauseStart(i) && passage.capital(i)) {
                subject(i);
            }
        }
        return victims.found();
    }

    /**
     * Whether only punctuation lies between {@code from} and {@code to}: "a seven-year-old child, Ahmad Mustafa
     * Koja", "her two-year-old son, \"Yusuf Qilij\"" give the age before the comma to the name after it.
     */
    private boolean punctuationOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** The sex a casualty record writes after the age. */
    private static final Map<String, String> RECORD_SEX = Map.of("male", "M", "female", "F");

    /**
     * A casualty monitor's record of one victim on a dashed line: "- Bassel Ismail Al Sukran Age unknown male
     * killed", "- Huda Saleh Age 34 female injured". The name runs to "Age"; the age is the number after it,
     * the sex the word after that, the outcome the line's last word. A record with no outcome (the person's
     * fate unknown) names no victim. Whether the line was read as one.
     */
    private boolean casualtyRecord(int dash) {
        int end = dash + 1;
        int age = -1;
        while (end < n && t.get(end).kind() != Token.Kind.BREAK) {
            if (age < 0 && t.get(end).is("age")) {
                age = end;
            }
            end++;
        }
        VictimOutcome outcome = end - 1 > age && age > dash + 1 ? outcomes.cue(end - 1) : null;
        if (outcome == null || runs.run(dash + 1) < age || passage.words(dash + 1, age) < 2) {
            return false;
        }
        Integer stated = age + 1 < end && t.get(age + 1).kind() == Token.Kind.NUMBER ? years.ageWord(age + 1) : null;
        String sex = null;
        for (int k = age + 1; k < end; k++) {
            sex = sex == null ? RECORD_SEX.get(t.get(k).norm()) : sex;
        }
        victims.add(dash + 1, age, sex, dash + 1, null, stated, outcome);
        return true;
    }

    /** A name that starts at {@code from} after commas, quotes and a role ("the anesthesiologist,"). */
    private void nameAfter(int from, String sex, boolean explicit) {
        nameAfter(from, sex, explicit, null);
    }

    private void nameAfter(int from, String sex, boolean explicit, String kin) {
        for (int[] span : runs.names(from, explicit)) {
            victims.add(span[0], span[1], sex, from, kin, years.age(span[1]));
        }
    }

    /**
     * The names after kin nouns: "his niece and nephew Mira and Ibrahim, aged 10 and seven, respectively"
     * gives each name its own kin noun and age when as many are written as names. {@code trigger} is just
     * after the last kin noun, so the "in" of "mother-in-law" is not read as the "in" before a post.
     */
    private void nameAfter(int from, boolean explicit, List<String> kins, int trigger) {
        List<int[]> names = runs.names(from, explicit);
        boolean eachKin = kins.size() == names.size();
        List<Integer> ages = names.isEmpty() ? List.of() : years.respectiveAges(names.get(names.size() - 1)[1]);
        boolean eachAge = names.size() > 1 && ages.size() == names.size();
        for (int k = 0; k < names.size(); k++) {
            String kin = eachKin ? kins.get(k) : kins.get(kins.size() - 1);
            String sex = LatinWords.KIN.get(kin);
            int[] span = names.get(k);
            victims.add(span[0], span[1], sex == null || sex.isEmpty() ? null : sex, trigger, kin,
                    eachAge ? ages.get(k) : years.age(span[1]));
        }
    }

    /** Verbs of a source that a reported clause follows: "the ministry said Suleiman Ayash, 20, was killed". */
    private static final Set<String> REPORTED_BY = Set.of("said", "says", "reported", "added", "confirmed",
            "announced", "stated");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday");
    private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their");
    /** How many tokens after a name (its age between commas) the passive casualty verb of a reported clause may be. */
    private static final int REPORTED_VERB_REACH = 5;

    /**
     * The subject of a clause a source reports: "the health ministry said on Monday Suleiman Ayash, 20, was
     * killed", "Hezbollah said its fighter Ali Faqih was killed". The name after the verb of saying (with "that",
     * a day, a possessive and a role between) is a victim only when a passive casualty verb follows it; else it
     * is the speaker of an inverted quote ("…," said Gerald Rockenschaub, head of the office).
     */
    private void reportedSubject(int verb) {
        int q = verb + 1;
        if (q < n && t.get(q).is("that")) {
            q++;
        }
        if (q + 1 < n && t.get(q).is("on") && DAYS.contains(t.get(q + 1).norm())) {
            q += 2;
        } else if (q < n && DAYS.contains(t.get(q).norm()) && !passage.capital(q)) {
            q++;
        }
        if (q + 1 < n && POSSESSIVES.contains(t.get(q).norm()) && LatinWords.ROLES.contains(t.get(q + 1).norm())) {
            q += 2;
        } else if (q + 1 < n && LatinWords.ROLES.contains(t.get(q).norm()) && passage.capital(q + 1)) {
            q++;
        }
        if (q >= n || !passage.capital(q) || victims.used(q)) {
            return;
        }
        int end = runs.run(q);
        if (end == q || passage.words(q, end) < 2) {
            return;
        }
        int reach = end + REPORTED_VERB_REACH;
        for (int k = end; k < Math.min(n, reach) && !passage.boundary(k); k++) {
            Token tok = t.get(k);
            int closed = relativeClauseEnd(k);
            if (closed > k) {
                reach += closed - k; // "Mohammad Omar Daraghmeh, whom it described as the head of …, was killed"
                k = closed;
                continue;
            }
            if (tok.is("was") || tok.is("were")) {
                int casualty = k + 1 < n && LatinPassage.quote(t.get(k + 1)) ? k + 2 : k + 1; // was "killed by …"
                if (casualty < n && outcomes.cue(casualty) != null) {
                    // the trigger is the verb: the verb of saying before the name does not make it a speaker
                    victims.add(q, end, null, k + 1, null, years.age(end));
                }
                return;
            }
            if (!(tok.kind() == Token.Kind.PUNCT || tok.kind() == Token.Kind.NUMBER)) {
                return;
            }
        }
    }

    /** How many words an apposition after a name may have before its casualty participle. */
    private static final int APPOSITION_REACH = 7;
    /** Words after a participle that make it tell of a past event, not an adjective ("killed in", "wounded by"). */
    private static final Set<String> EVENT_AFTER = Set.of("in", "by", "on", "during", "when", "while", "last",
            "earlier", "at");

    /**
     * "that of Wissam Tawil, a senior Hezbollah commander killed in an Israeli strike in January": a name of two
     * words or more, then an apposition (a, an) whose noun a casualty participle follows, tells that the named
     * person was killed or wounded. Whether a victim was read.
     */
    private boolean apposedFate(int from) {
        int end = runs.run(from);
        if (end == from || passage.words(from, end) < 2 || end + 2 >= n || !t.get(end).is(",")
                || !(t.get(end + 1).is("a") || t.get(end + 1).is("an"))) {
            return false;
        }
        for (int k = end + 2; k < Math.min(n - 1, end + 2 + APPOSITION_REACH) && !passage.boundary(k); k++) {
            Token tok = t.get(k);
            if (tok.is(",")) {
                return false;
            }
            VictimOutcome fate = OBJECT_VERBS.get(tok.norm());
            if (fate != null && (tok.is("killed") || tok.is("wounded") || tok.is("injured"))
                    && EVENT_AFTER.contains(t.get(k + 1).norm())) {
                // the trigger is the name: the apposition's own noun ("commander") makes no speaker of it
                victims.add(from, end, null, from, null, years.age(end), fate);
                return victims.used(from);
            }
        }
        return false;
    }

    /** The longest relative clause between commas after a name that is read past, in tokens. */
    private static final int RELATIVE_CLAUSE_REACH = 25;

    /**
     * ", whom it described as the head of Hamas in the area,": a relative clause between commas after a name
     * describes it and leaves its verb after the closing comma. The index of that comma, or {@code comma}.
     */
    private int relativeClauseEnd(int comma) {
        if (comma + 1 >= n || !t.get(comma).is(",") || !(t.get(comma + 1).is("who") || t.get(comma + 1).is("whom")
                || t.get(comma + 1).is("whose"))) {
            return comma;
        }
        for (int k = comma + 2; k < Math.min(n, comma + RELATIVE_CLAUSE_REACH) && !passage.boundary(k); k++) {
            if (t.get(k).is(",")) {
                return k;
            }
        }
        return comma;
    }

    /** A capitalised run at a clause start that a casualty verb of its sentence governs. */
    private void subject(int i) {
        if (passage.headline(i)) {
            return;
        }
        if (LatinWords.ROLES.contains(t.get(i).norm()) && i + 1 < n && passage.capital(i + 1)) {
            i++; // "Paramedic Rami Nasser was killed": the role is no part of the name
        }
        int end = runs.run(i);
        if (end > i && end + 1 < n && LatinWords.ROLES.contains(t.get(end).norm()) && passage.capital(end + 1)) {
            // "Somali TV journalist Mohamed Ibrahim was among those injured": the outlet and the role before
            // the name are no part of it
            i = end + 1;
            end = runs.run(i);
        }
        if (end == i || passage.words(i, end) < 2 && !givenNameWithAgeThenFate(end)) {
            return;
        }
        int j = end;
        if (j < n && (t.get(j).is("’") || t.get(j).is("'") || t.get(j).is("-"))) {
            return; // "al-Farra’s niece", "New York-based"
        }
        if (j < n && t.get(j).is(":") && (i == 0 || t.get(i - 1).kind() == Token.Kind.BREAK)) {
            return; // "Abu Dhabi: A woman was killed …": a dateline, the place the story was filed from
        }
        // the verb of this subject: the first casualty or saying verb of its sentence
        for (int k = end; k < n && !passage.boundary(k); k++) {
            String w = t.get(k).norm();
            if (LatinWords.SPEAKERS.contains(w) && (w.equals("said") || w.equals("told") || w.equals("says")) || LatinWords.REPORTING.contains(w)) {
                return; // "Amnesty International reported two deaths": the subject reports the dead
            }
            if (LatinWords.SURVIVED.contains(w)) {
                return;
            }
            if (LatinWords.KILLED.contains(w) && !w.equals("death") && !w.equals("bodies") || LatinWords.INJURED.contains(w)) {
                if (outcomes.agent(k)) {
                    return; // "Boko Haram has killed 13,000 people", "Suspected ADF militants killed 22": who kills
                }
                victims.add(i, end, null, i, null, years.age(end));
                return;
            }
        }
    }

    /** Adverbs between "was" and its casualty participle: "was also killed", "was later wounded". */
    private static final Set<String> BETWEEN_WAS_AND_FATE = Set.of("also", "later", "then", "reportedly", "fatally",
            "critically", "seriously", "badly", "lightly");

    /**
     * "Heba, 42, was killed when the house was hit": a given name alone opens the clause, its age between commas and
     * its fate right after. A capitalised word alone at a clause start is too often something else ("Police said"),
     * so one word is a name only so framed.
     */
    private boolean givenNameWithAgeThenFate(int end) {
        if (years.age(end) == null) {
            return false;
        }
        int k = end;
        while (k < n && k < end + 4 && (t.get(k).kind() == Token.Kind.PUNCT || t.get(k).kind() == Token.Kind.NUMBER
                || t.get(k).isWord() && years.ageWord(k) != null)) {
            k++;
        }
        if (k < n && t.get(k).is("died")) {
            return true;
        }
        if (k >= n || !(t.get(k).is("was") || t.get(k).is("were"))) {
            return false;
        }
        k++;
        while (k < n && BETWEEN_WAS_AND_FATE.contains(t.get(k).norm())) {
            k++;
        }
        return k < n && (LatinWords.KILLED.contains(t.get(k).norm()) && !t.get(k).is("death")
                || LatinWords.INJURED.contains(t.get(k).norm()));
    }

    /** Nouns of the dead or wounded that a list of names follows after a linking verb. */
    private static final Map<String, VictimOutcome> GROUP_NOUNS = Map.of("dead", VictimOutcome.KILLED, "killed",
            VictimOutcome.KILLED, "victims", VictimOutcome.KILLED, "wounded", VictimOutcome.INJURED, "injured",
            VictimOutcome.INJURED);

    private static final Set<String> LINKING = Set.of("were", "was", "included", "include", "includes", "are", "is");

    /** Verbs whose object is the victim: "a strike killed journalist X", "killing X and Y". */
    private static final Map<String, VictimOutcome> OBJECT_VERBS = Map.of("killed", VictimOutcome.KILLED, "killing",
            VictimOutcome.KILLED, "wounded", VictimOutcome.INJURED, "wounding", VictimOutcome.INJURED, "injured",
            VictimOutcome.INJURED, "injuring", VictimOutcome.INJURED);

    /** Dwellings a strike hits, named by whose they are: "the home of X". */
    private static final Set<String> HOMES = Set.of("home", "house", "apartment", "flat", "residence");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");

    /**
     * "struck the home of Fuad Hejazi, killing him, his wife and two sons": the owner is a victim only when
     * the casualty verb after his name takes him as its object; "the home of X, killing four" says nothing of X.
     */
    private void ownerKilled(int from) {
        int end = runs.run(from);
        if (end == from || passage.words(from, end) < 2) {
            return;
        }
        int verb = end < n && t.get(end).is(",") ? end + 1 : end;
        VictimOutcome outcome = verb + 1 < n && OBJECT_VERBS.containsKey(t.get(verb).norm())
                && OBJECT_PRONOUNS.contains(t.get(verb + 1).norm()) ? OBJECT_VERBS.get(t.get(verb).norm()) : null;
        if (outcome != null) {
            victims.add(from, end, "him".equals(t.get(verb + 1).norm()) ? "M" : "F", verb, null, years.age(end),
                    outcome);
        }
    }

    /** The victims a casualty verb takes as its object: roles and nationalities skipped, then two words or more. */
    private void objectOf(int verb, VictimOutcome outcome) {
        int p = verb + 1;
        for (int guard = 0; p < n && guard < 4; guard++) {
            Token tok = t.get(p);
            if (!tok.isWord() || !(LatinWords.ROLES.contains(tok.norm()) || tok.is("the") || passage.capital(p)
                    && LatinWords.CAP_STOP.contains(tok.norm()) && !FUNCTION_CAPS.contains(tok.norm()))) {
                break;
            }
            p++;
        }
        int end = runs.run(p);
        if (end == p || passage.words(p, end) < 2 || end < n && (t.get(end).is("’") || t.get(end).is("'"))) {
            return;
        }
        for (int[] span : runs.names(p, false)) {
            victims.add(span[0], span[1], null, verb + 1, null, years.age(span[1]), outcome);
        }
    }

    /**
     * The name after a title ending in the role word at {@code role}, with or without a comma between, and the
     * fate that befalls it: a killing verb before the title with only the title's words between ("killed
     * Hezbollah's top military commander, Fuad Shukr"), or "was killed" / "died" after the name ("police unit
     * commander Ali Saleh, was killed"). Whether a victim was added.
     */
    private boolean titled(int role) {
        int p = role + 1 < n && t.get(role + 1).is(",") ? role + 2 : role + 1;
        if (p >= n || !passage.capital(p)) {
            return false;
        }
        int end = runs.run(p);
        if (end == p || passage.words(p, end) < 2) {
            return false;
        }
        VictimOutcome outcome = null;
        // the verb is the trigger: the title's own role word ("commander") also heads speakers' titles, and the
        // fate read here is what tells the victim from a commander who speaks
        int verb = -1;
        for (int k = role - 1; k >= 0 && k >= role - 7 && !passage.boundary(k); k--) {
            Token tok = t.get(k);
            String w = tok.norm();
            if (OBJECT_VERBS.containsKey(w)) {
                outcome = outcomes.passive(k) ? null : OBJECT_VERBS.get(w);
                verb = k;
                break;
            }
            boolean possessive = tok.is("’") || tok.is("'") || tok.is("s") && k > 0 && (t.get(k - 1).is("’") || t.get(k - 1).is("'"));
            if (!possessive && !(tok.isWord() && (!passage.capital(k) || k + 1 < role && (t.get(k + 1).is("’")
                    || t.get(k + 1).is("'"))))) {
                break;
            }
        }
        if (outcome == null) {
            int k = end < n && t.get(end).is(",") ? end + 1 : end;
            int auxiliaries = 0;
            while (k < n && auxiliaries < 3 && AUXILIARY.contains(t.get(k).norm())) {
                k++;
                auxiliaries++;
            }
            VictimOutcome cue = k < n ? outcomes.cue(k) : null;
            outcome = cue != null && (auxiliaries > 0 || t.get(k).is("died")) ? cue : null;
            verb = k;
        }
        if (outcome == null) {
            return false;
        }
        victims.add(p, end, null, verb, null, years.age(end), outcome);
        return victims.used(p);
    }

    /** "was", "had been": between a name and the participle of its fate. */
    private static final Set<String> AUXILIARY = LatinWords.set("was", "were", "is", "has", "had", "have", "been");

    /** People counted by a toll that a name and his kin may spell out. */
    private static final Set<String> PEOPLE = LatinWords.set("people", "persons");

    /**
     * "Eight people, Mohammad Shafi, his wife and six of their children, are dead": the toll told as a named
     * person and his kin, the name apposed to the count of people and followed by the kin. The fate is the
     * sentence's. Whether a victim was added.
     */
    private boolean apposedToToll(int comma) {
        if (comma < 2 || !PEOPLE.contains(t.get(comma - 1).norm()) || comma + 1 >= n || !passage.capital(comma + 1)) {
            return false;
        }
        Token count = t.get(comma - 2);
        if (count.kind() != Token.Kind.NUMBER && org.marsad.text.NumberWords.read(t, comma - 2) == null) {
            return false;
        }
        int p = comma + 1;
        int end = runs.run(p);
        if (end == p || passage.words(p, end) < 2 || end + 2 >= n || !t.get(end).is(",")
                || !POSSESSIVES.contains(t.get(end + 1).norm()) || !LatinWords.KIN.containsKey(t.get(end + 2).norm())) {
            return false;
        }
        victims.add(p, end, null, p, null, years.age(end));
        return victims.used(p);
    }

    /** Capitalised words of LatinWords.CAP_STOP that end the words before an object: "killed On Monday" is no name. */
    private static final Set<String> FUNCTION_CAPS = LatinWords.set("the", "a", "an", "in", "on", "at", "and", "or", "but",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "his", "her", "their");
}
