package org.marsad.extract.victim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Finds the named victims of English text. A name is a run of capitalised words (with al-, bin, abu
 * between them), read where English puts a victim's name: after "identified as" / "named", after "the
 * death of", after a victim's kinship noun ("his wife Roueida Moustapha", "their son, Ali, 25"), after an
 * age ("10-year-old Ahmed"), after a list colon ("five of his children: Saeed, Ibrahim and Musab"), or
 * as the subject of "was killed" / "died". A name a speaker's word governs ("said", "according to",
 * "spokesman") or that survived is not a victim.
 */
final class LatinVictimReader {

    private static final Set<String> CAP_STOP = set("the", "a", "an", "his", "her", "their", "he", "she",
            "they", "it", "its", "in", "on", "at", "also", "among", "according", "after", "before", "during",
            "when", "while", "but", "and", "or", "this", "that", "these", "those", "there", "we", "i", "you", "our",
            "israeli", "israel", "israelis", "lebanese", "lebanon", "syrian", "syria", "syrians", "palestinian",
            "palestinians", "gaza", "hezbollah", "hamas", "iraqi", "iraq", "yemen", "yemeni", "iranian", "iran",
            "turkish", "turkey", "russian", "russia", "american", "us", "un", "australian", "australia", "polish",
            "poland", "british", "britain", "kurdish", "arab", "muslim", "shi", "sunni", "coalition", "sdf", "isis",
            "islamic", "state", "army", "forces", "force", "ministry", "health", "civil", "defence", "defense",
            "news", "agency", "post", "press", "reuters", "afp", "bbc", "hospital", "camp", "city", "street",
            "road", "square", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "god", "ramadan", "twitter", "facebook", "telegram", "airwars", "euphrates",
            "democratic", "national", "media", "network", "observatory", "human", "rights", "red", "crescent",
            "cross", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "central",
            "province", "village", "town", "district", "governorate", "both", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "children", "family", "relatives", "neighbours",
            "world", "kitchen", "central", "hollander", "unicef", "who", "if", "as", "so", "then", "because",
            "although", "however", "meanwhile", "later", "earlier", "since", "until", "with", "without", "from",
            "for", "of", "to", "by", "was", "were", "is", "are", "be", "been", "had", "has", "have", "not", "no",
            "all", "some", "many", "most", "more", "other", "another", "each", "every", "any", "what", "which",
            "where", "why", "how", "here", "now", "today", "yesterday", "asked", "over", "under", "about", "up",
            "ministry", "council", "committee", "group", "office", "department", "union", "party", "movement",
            "brigade", "brigades", "units", "militia", "regime", "government", "authorities", "police", "guard",
            "president", "minister", "prime", "foreign", "spokesman", "spokeswoman", "mayor", "doctor",
            "hospitals", "school", "university", "mosque", "church", "market", "building", "house", "home",
            // news agencies and outlets are the sources of a report, never its victims
            "agence", "presse", "associated", "anadolu", "xinhua", "jazeera", "arabiya", "sana", "tass", "sputnik",
            "cnn", "times", "guardian", "telegraph", "independent",
            // monitors and institutions that report deaths: "Amnesty International reported two deaths"
            "amnesty", "international", "watch", "organization", "organisation", "institute", "centre", "center",
            "foundation", "commission", "mission", "nations", "united", "new",
            // who gives the figures, named after a headline's colon ("Five dead, 15 wounded …: Governor")
            "governor", "officials", "official", "sources", "medics", "witnesses", "residents", "monitor",
            "security", "military", "activists", "rescuers", "paramedics", "monitors",
            // the parties of the wars beyond Syria, capitalized as names are
            "houthi", "houthis", "ansar", "rapid", "support", "rsf", "saf", "sudanese", "popular", "mobilization",
            "mobilisation", "pmf", "pmu", "hashd", "daesh", "isil", "shabaab", "boko", "haram", "codeco", "adf",
            "wagner", "junta", "tatmadaw", "arakan", "idf", "qassam", "jihad");
    private static final Set<String> PARTICLES = set("al", "el", "bin", "ibn", "bint", "abu", "abou", "umm",
            "abdul", "abdel", "abd", "ben", "ould", "da", "de", "van", "von", "bani", "beni");
    private static final Set<String> TITLES = set("dr", "sheikh", "mr", "mrs", "ms", "hajj", "haji", "imam",
            "engineer", "professor", "prof");
    private static final Map<String, String> KIN = Map.ofEntries(Map.entry("wife", "F"), Map.entry("husband", "M"),
            Map.entry("son", "M"), Map.entry("daughter", "F"), Map.entry("mother", "F"), Map.entry("father", "M"),
            Map.entry("brother", "M"), Map.entry("sister", "F"), Map.entry("niece", "F"), Map.entry("nephew", "M"),
            Map.entry("grandson", "M"), Map.entry("granddaughter", "F"), Map.entry("cousin", ""),
            Map.entry("uncle", "M"), Map.entry("aunt", "F"), Map.entry("child", ""), Map.entry("children", ""),
            Map.entry("sons", "M"), Map.entry("daughters", "F"), Map.entry("brothers", "M"),
            Map.entry("sisters", "F"), Map.entry("grandmother", "F"), Map.entry("grandfather", "M"),
            Map.entry("mother-in-law", "F"), Map.entry("father-in-law", "M"), Map.entry("boy", "M"),
            Map.entry("girl", "F"));
    private static final Set<String> KILLED = set("killed", "died", "dead", "death", "deaths", "bodies", "body",
            "victim", "victims", "perished", "slain", "martyred", "killing", "killings", "funeral", "shot", "lost");
    private static final Set<String> INJURED = set("wounded", "injured", "hurt", "injuries", "wounds");
    private static final Set<String> MISSING = set("missing", "unaccounted");
    private static final Set<String> DETAINED = set("arrested", "detained", "abducted", "kidnapped");
    private static final Set<String> SPEAKERS = set("said", "told", "says", "according", "spokesman",
            "spokeswoman", "spokesperson", "minister", "mayor", "official", "officials", "reporter", "correspondent",
            "editor", "editing", "reporting", "director", "chief", "president", "footballer", "choreographer",
            "by", "head", "ambassador", "commander", "envoy", "secretary", "mp", "lawmaker", "wrote", "tweeted",
            "from", "with", "founder", "ceo", "chef", "owner", "at", "in", "to");
    /** Verbs whose subject tells of deaths rather than suffers them. */
    private static final Set<String> REPORTING = set("reported", "reports", "announced", "documented", "recorded",
            "cited", "stated", "confirmed", "counted", "registered");
    private static final Set<String> SURVIVED = set("survived", "survivor", "survivors", "rescued", "unharmed",
            "escaped");

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private final String text;
    private final List<Token> t;
    private final int n;
    private final boolean[] used;
    private final List<Mention> found = new ArrayList<>();

    LatinVictimReader(String text, List<Token> tokens) {
        this.text = text;
        this.t = tokens;
        this.n = tokens.size();
        this.used = new boolean[n];
    }

    List<Mention> read() {
        for (int i = 0; i < n; i++) {
            Token tok = t.get(i);
            if (!used[i] && tok.is(":") && i + 1 < n && capital(i + 1)) {
                VictimOutcome listed = colonList(i);
                if (listed != null) {
                    // "Four of the children were killed, according to the centre: Saleh, five, Rudeina, four"
                    for (int[] span : names(i + 1, false)) {
                        add(span[0], span[1], null, i + 1, null, age(span[1]), listed);
                    }
                    continue;
                }
            }
            if (!used[i] && tok.is("-") && (i == 0 || t.get(i - 1).kind() == Token.Kind.BREAK) && casualtyRecord(i)) {
                continue;
            }
            if (used[i] || !tok.isWord() || tok.norm().isEmpty() || tok.norm().charAt(0) >= 128) {
                continue;
            }
            String w = tok.norm();
            if ((w.equals("as") && i > 0 && (t.get(i - 1).is("them") || t.get(i - 1).is("him") || t.get(i - 1).is("her")
                    || identifiedBefore(i)))
                    || (w.equals("named") || w.equals("identified")) && i + 1 < n && capital(i + 1)) {
                // "the name of the wounded son as X": the kin noun between says who X is
                String kin = w.equals("as") ? kinBefore(i) : null;
                nameAfter(i + 1, kin == null || KIN.get(kin).isEmpty() ? null : KIN.get(kin), true, kin);
            } else if (w.equals("of") && i > 0 && (t.get(i - 1).is("death") || t.get(i - 1).is("deaths")
                    || t.get(i - 1).is("killing") || t.get(i - 1).is("funeral"))) {
                nameAfter(i + 1, null, true); // "the death of the anesthesiologist, Amin Qusho"
            } else if (GROUP_NOUNS.containsKey(w) && i + 1 < n && LINKING.contains(t.get(i + 1).norm())) {
                // "Among the dead were X", "The victims included X, 34, and Y"
                for (int[] span : names(i + 2, false)) {
                    add(span[0], span[1], null, i + 2, null, age(span[1]), GROUP_NOUNS.get(w));
                }
            } else if ((w.equals("victims") || w.equals("victim")) && i + 1 < n && !t.get(i + 1).is("of")) {
                nameAfter(i + 1, null, false);
            } else if (OBJECT_VERBS.containsKey(w) && !passive(i)) {
                boolean fatally = i > 0 && (t.get(i - 1).is("fatally") || t.get(i - 1).is("mortally"));
                objectOf(i, fatally ? VictimOutcome.KILLED : OBJECT_VERBS.get(w)); // "fatally wounding X" killed X
            } else if (KIN.containsKey(w) && possessed(i)) {
                // "mother-in-law" is five tokens: the kin is the whole word, the name starts after "law"
                int after = inLaw(i);
                String kin = after > i + 1 ? w + "-in-law" : w;
                nameAfter(after, false, kinsEndingAt(i, KIN.containsKey(kin) ? kin : w), i + 1);
            } else if (w.equals("old") && yearsOld(i) != null) {
                int j = i + 1;
                String sex = null;
                String kin = null;
                if (j < n && KIN.containsKey(t.get(j).norm())) {
                    kin = t.get(j).norm();
                    sex = KIN.get(kin);
                    j++;
                }
                Integer before = yearsOld(i);
                for (int[] span : names(j, false)) {
                    // "three-year-old Lina and 14-year-old Omar": each name of the list has its own age
                    Integer own = span[0] > j && t.get(span[0] - 1).is("old") ? yearsOld(span[0] - 1) : null;
                    Integer after = age(span[1]);
                    add(span[0], span[1], sex == null || sex.isEmpty() ? null : sex, j, kin,
                            after != null ? after : own != null ? own : span[0] == j ? before : null);
                }
            } else if (clauseStart(i) && capital(i)) {
                subject(i);
            }
        }
        return found;
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
        VictimOutcome outcome = end - 1 > age && age > dash + 1 ? cue(end - 1) : null;
        if (outcome == null || run(dash + 1) < age || words(dash + 1, age) < 2) {
            return false;
        }
        Integer years = age + 1 < end && t.get(age + 1).kind() == Token.Kind.NUMBER ? ageWord(age + 1) : null;
        String sex = null;
        for (int k = age + 1; k < end; k++) {
            sex = sex == null ? RECORD_SEX.get(t.get(k).norm()) : sex;
        }
        add(dash + 1, age, sex, dash + 1, null, years, outcome);
        return true;
    }

    /** A name that starts at {@code from} after commas, quotes and a role ("the anesthesiologist,"). */
    private void nameAfter(int from, String sex, boolean explicit) {
        nameAfter(from, sex, explicit, null);
    }

    private void nameAfter(int from, String sex, boolean explicit, String kin) {
        for (int[] span : names(from, explicit)) {
            add(span[0], span[1], sex, from, kin, age(span[1]));
        }
    }

    /**
     * The names after kin nouns: "his niece and nephew Mira and Ibrahim, aged 10 and seven, respectively"
     * gives each name its own kin noun and age when as many are written as names. {@code trigger} is just
     * after the last kin noun, so the "in" of "mother-in-law" is not read as the "in" before a post.
     */
    private void nameAfter(int from, boolean explicit, List<String> kins, int trigger) {
        List<int[]> names = names(from, explicit);
        boolean eachKin = kins.size() == names.size();
        List<Integer> ages = names.isEmpty() ? List.of() : respectiveAges(names.get(names.size() - 1)[1]);
        boolean eachAge = names.size() > 1 && ages.size() == names.size();
        for (int k = 0; k < names.size(); k++) {
            String kin = eachKin ? kins.get(k) : kins.get(kins.size() - 1);
            String sex = KIN.get(kin);
            int[] span = names.get(k);
            add(span[0], span[1], sex == null || sex.isEmpty() ? null : sex, trigger, kin,
                    eachAge ? ages.get(k) : age(span[1]));
        }
    }

    /** Words before a colon after which what follows is speech, not a list of the dead. */
    private static final Set<String> SPEECH = set("said", "says", "told", "wrote", "tweeted", "added", "stated",
            "reads", "read", "saying", "tells", "posted");
    /** How far before a colon the casualty word of its sentence is looked for. */
    private static final int COLON_REACH = 20;

    /**
     * The outcome of the sentence a colon ends, when a list of names follows it: a casualty word before it in
     * the sentence, none of speech right before it; else null.
     */
    private VictimOutcome colonList(int colon) {
        if (colon == 0 || SPEECH.contains(t.get(colon - 1).norm())) {
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

    /**
     * After a name in a list, its age and the separator before the next name: "Saleh, 5, Rudeina" or
     * "Saleh, five, Rudeina"; the index of the separator, or {@code q} when no age is written there.
     */
    private int skipListedAge(int q) {
        if (q + 2 < n && t.get(q).is(",") && ageWord(q + 1) != null
                && (t.get(q + 2).is(",") || t.get(q + 2).is("and"))) {
            return q + 2;
        }
        return q;
    }

    /** "one-year-old Mesid": the age written before a name in a list; the name's index, or {@code r}. */
    private int skipAgeBefore(int r) {
        if (r + 4 < n && ageWord(r) != null && t.get(r + 1).is("-") && t.get(r + 2).is("year")
                && t.get(r + 3).is("-") && t.get(r + 4).is("old")) {
            return r + 5;
        }
        return r;
    }

    /** The spans of the name at {@code from} and of those listed after it ("Saeed, Ibrahim and Musab"). */
    private List<int[]> names(int from, boolean explicit) {
        int p = from;
        for (int guard = 0; p < n && guard < 5; guard++) {
            Token tok = t.get(p);
            if (tok.kind() == Token.Kind.PUNCT && (tok.is(",") || tok.is(":") || quote(tok))) {
                p++;
            } else if (tok.isWord() && !capital(p) && !PARTICLES.contains(tok.norm()) && explicit && guard < 3) {
                p++; // "identifying them as apartment owner Hussein Barwaji"
            } else if (tok.isWord() && (tok.is("the") || tok.is("a") || tok.is("an")) && guard < 2) {
                p++;
            } else {
                break;
            }
        }
        List<int[]> names = new ArrayList<>();
        int end = run(p);
        if (end == p) {
            return names;
        }
        names.add(new int[] {p, end});
        int q = end;
        while (q < n && names.size() < 12) {
            int r = skipListedAge(q);
            if (r < n && quote(t.get(r))) {
                r++;
            }
            if (r < n && (t.get(r).is(",") || t.get(r).is("and"))) {
                r++;
                if (r < n && t.get(r).is("and")) {
                    r++;
                }
            } else {
                break;
            }
            if (r < n && quote(t.get(r))) {
                r++;
            }
            r = skipAgeBefore(r);
            int e = run(r);
            if (e == r) {
                break;
            }
            names.add(new int[] {r, e});
            q = e;
        }
        return names;
    }

    /** The kin nouns joined by "and" or commas that end at {@code last} ("niece and nephew"), in order. */
    private List<String> kinsEndingAt(int last, String lastKin) {
        List<String> kins = new ArrayList<>();
        kins.add(lastKin);
        int k = last - 1;
        while (k - 1 >= 0 && (t.get(k).is("and") || t.get(k).is(",")) && KIN.containsKey(t.get(k - 1).norm())) {
            kins.add(0, t.get(k - 1).norm());
            k -= 2;
        }
        return kins;
    }

    /** "aged 10 and seven, respectively" after a list of names: the ages in order; else empty. */
    private List<Integer> respectiveAges(int end) {
        int p = end;
        if (p < n && t.get(p).is(",")) {
            p++;
        }
        if (p >= n || !t.get(p).is("aged")) {
            return List.of();
        }
        List<Integer> ages = new ArrayList<>();
        p++;
        while (p < n) {
            Integer age = ageWord(p);
            if (age == null) {
                break;
            }
            ages.add(age);
            p++;
            if (p < n && (t.get(p).is(",") || t.get(p).is("and"))) {
                p++;
                if (p < n && t.get(p).is("and")) {
                    p++;
                }
            }
        }
        return ages;
    }

    /** An age written in digits or as one number word ("seven"). */
    private Integer ageWord(int p) {
        Token tok = t.get(p);
        if (tok.kind() == Token.Kind.NUMBER && tok.value() < 120) {
            return (int) tok.value();
        }
        if (tok.isWord() && NumberWords.isNumberWord(tok.norm())) {
            OptionalLong v = NumberWords.parse(tok.norm());
            return v.isPresent() && v.getAsLong() < 120 ? (int) v.getAsLong() : null;
        }
        return null;
    }

    /** Words of a line in Title Case beyond which it is read as a headline. */
    private static final int HEADLINE_WORDS = 4;

    /**
     * "Plane Strike Hits Yemen Mourners Killing 9 Women": a line whose words of four letters or more are all
     * capitalised is a headline, where a capital starts every word, not a name.
     */
    private boolean headline(int i) {
        int from = i;
        while (from > 0 && t.get(from - 1).kind() != Token.Kind.BREAK) {
            from--;
        }
        int words = 0;
        for (int k = from; k < n && t.get(k).kind() != Token.Kind.BREAK; k++) {
            if (t.get(k).isWord() && t.get(k).end() - t.get(k).start() >= 4) {
                if (!capital(k)) {
                    return false;
                }
                words++;
            }
        }
        return words >= HEADLINE_WORDS;
    }

    /** A capitalised run at a clause start that a casualty verb of its sentence governs. */
    private void subject(int i) {
        if (headline(i)) {
            return;
        }
        if (ROLES.contains(t.get(i).norm()) && i + 1 < n && capital(i + 1)) {
            i++; // "Paramedic Rami Nasser was killed": the role is no part of the name
        }
        int end = run(i);
        if (end > i && end + 1 < n && ROLES.contains(t.get(end).norm()) && capital(end + 1)) {
            // "Somali TV journalist Mohamed Ibrahim was among those injured": the outlet and the role before
            // the name are no part of it
            i = end + 1;
            end = run(i);
        }
        if (end == i || words(i, end) < 2) {
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
        for (int k = end; k < n && !boundary(k); k++) {
            String w = t.get(k).norm();
            if (SPEAKERS.contains(w) && (w.equals("said") || w.equals("told") || w.equals("says")) || REPORTING.contains(w)) {
                return; // "Amnesty International reported two deaths": the subject reports the dead
            }
            if (SURVIVED.contains(w)) {
                return;
            }
            if (KILLED.contains(w) && !w.equals("death") && !w.equals("bodies") || INJURED.contains(w)) {
                if (agent(k)) {
                    return; // "Boko Haram has killed 13,000 people", "Suspected ADF militants killed 22": who kills
                }
                add(i, end, null, i, null, age(end));
                return;
            }
        }
    }

    private void add(int from, int end, String sex, int trigger, String kin, Integer age) {
        add(from, end, sex, trigger, kin, age, null);
    }

    /** {@code given}: the outcome the trigger itself says ("killed X", "among the dead were X"), else null. */
    private void add(int from, int end, String sex, int trigger, String kin, Integer age, VictimOutcome given) {
        if (used[from]) {
            return;
        }
        if (speakerBefore(trigger) || speaks(end) || survived(from, end)) {
            return;
        }
        VictimOutcome outcome = given != null ? given : outcome(from, end);
        if (outcome == null) {
            outcome = sameSentenceAsLast(from);
        }
        if (outcome == null && explicitBefore(trigger)) {
            outcome = previousSentence(from);
        }
        if (outcome == null) {
            return;
        }
        for (int k = from; k < end; k++) {
            used[k] = true;
        }
        String name = text.substring(t.get(from).start(), t.get(end - 1).end());
        Group group = group(kin, sex, age);
        int described = describedAs(end);
        if (described >= 0) {
            // "Nurto Abukar, an 18-year-old woman, was killed": the age and sex the apposition gives
            String said = DESCRIBED_SEX.get(t.get(described).norm());
            age = age != null ? age : yearsOld(described - 1);
            sex = sex != null ? sex : said;
            group = kin != null || age != null && age < 18 ? group(kin, sex, age)
                    : "F".equals(said) ? Group.WOMAN : "M".equals(said) ? Group.MAN : group;
        }
        found.add(new Mention(t.get(from).start(), t.get(end - 1).end(), name, outcome, sex, age,
                group, from, Kinship.ofEnglish(kin)));
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
    private VictimOutcome sameSentenceAsLast(int from) {
        if (found.isEmpty()) {
            return null;
        }
        Mention last = found.get(found.size() - 1);
        for (int k = from - 1; k > last.token(); k--) {
            if (boundary(k)) {
                return null;
            }
        }
        return last.token() < from ? last.outcome() : null;
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
    /** Occupations written before a name ("journalist X", "Paramedic X"): no part of it. */
    private static final Set<String> ROLES = set("journalist", "journalists", "photographer", "photojournalist",
            "cameraman", "paramedic", "paramedics", "nurse", "medic", "medics", "teacher", "student", "activist",
            "farmer", "fisherman", "poet", "writer", "rescuer", "volunteer", "worker", "fighter", "soldier",
            "commander", "sergeant", "captain", "lieutenant", "colonel", "major", "general", "pharmacist",
            "surgeon", "anesthesiologist", "academic", "lawyer", "footballer", "athlete", "blogger", "filmmaker",
            "aid", "humanitarian", "civil", "defence", "defense", "member", "official", "senior", "field");

    /** The victims a casualty verb takes as its object: roles and nationalities skipped, then two words or more. */
    private void objectOf(int verb, VictimOutcome outcome) {
        int p = verb + 1;
        for (int guard = 0; p < n && guard < 4; guard++) {
            Token tok = t.get(p);
            if (!tok.isWord() || !(ROLES.contains(tok.norm()) || tok.is("the") || capital(p)
                    && CAP_STOP.contains(tok.norm()) && !FUNCTION_CAPS.contains(tok.norm()))) {
                break;
            }
            p++;
        }
        int end = run(p);
        if (end == p || words(p, end) < 2 || end < n && (t.get(end).is("’") || t.get(end).is("'"))) {
            return;
        }
        for (int[] span : names(p, false)) {
            add(span[0], span[1], null, verb + 1, null, age(span[1]), outcome);
        }
    }

    /** Capitalised words of CAP_STOP that end the words before an object: "killed On Monday" is no name. */
    private static final Set<String> FUNCTION_CAPS = set("the", "a", "an", "in", "on", "at", "and", "or", "but",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "his", "her", "their");

    /** Words after an active casualty verb that begin its object: "killed 25 fishermen", "killing several". */
    private static final Set<String> OBJECT_STARTS = set("at", "more", "over", "about", "around", "nearly", "some",
            "several", "many", "dozens", "scores", "hundreds", "thousands", "a", "an", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "up", "civilians", "people", "villagers");

    /**
     * Whether the casualty verb at {@code k} is active, its subject the one who kills or wounds: "has killed",
     * "have killed", ", killing", or a verb with its object after it ("killed 25 fishermen"). "was killed",
     * "died", "killed in an air strike" tell of the subject's own death.
     */
    private boolean agent(int k) {
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
    private boolean passive(int verb) {
        if (verb == 0) {
            return false;
        }
        String w = t.get(verb - 1).norm();
        return w.equals("was") || w.equals("were") || w.equals("been") || w.equals("be") || w.equals("is")
                || w.equals("are") || w.equals("being") || w.equals("got") || w.equals("get");
    }

    /** Words that say a name follows or just came: "identified as", "named", "identifying them as". */
    private static final Set<String> IDENTIFYING = Set.of("identified", "named", "identifying", "name", "names");
    private static final Set<String> IDENTIFIED = Set.of("identified", "named", "name", "names");
    /** Who is identified when not a victim: "the gunman was identified as X". */
    private static final Set<String> PERPETRATORS = Set.of("gunman", "gunmen", "attacker", "attackers",
            "assailant", "assailants", "suspect", "suspects", "shooter", "bomber", "perpetrator", "perpetrators",
            "killer", "killers", "driver");
    /** How many sentences back an identification looks for the deaths it names ("… killed a man. … He was identified as X"). */
    static final int IDENTIFIED_SENTENCES = 3;
    /** Words before "the wounded" / "the dead" that make them other people than the one named ("aid to the wounded"). */
    private static final Set<String> TENDING = Set.of("to", "for", "aid", "help", "helping", "helped", "treat",
            "treating", "treated", "rescue", "rescuing", "evacuate", "evacuating", "carry", "carrying", "transport",
            "transporting", "tend", "tending", "bury", "burying", "mourn", "mourning");

    /** The kin noun between an identifying word and "as" at {@code as} ("the name of the wounded son as"). */
    private String kinBefore(int as) {
        for (int k = as - 1; k >= Math.max(0, as - 9); k--) {
            String w = t.get(k).norm();
            if (boundary(k) || IDENTIFIED.contains(w)) {
                return null;
            }
            if (KIN.containsKey(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * "identified as" with words between: "was identified by one of his relatives as X", "named its citizen who
     * had been killed as X" — identified or named earlier in the sentence, a few words back.
     */
    private boolean identifiedBefore(int as) {
        return wordBefore(as, 9, IDENTIFIED);
    }

    /** "identified as" / "named": the deaths were told just before. */
    private boolean explicitBefore(int trigger) {
        return wordBefore(trigger, 10, IDENTIFYING);
    }

    /** Whether one of {@code words} stands within {@code reach} tokens before {@code at}, in its sentence. */
    private boolean wordBefore(int at, int reach, Set<String> words) {
        for (int k = at - 1; k >= Math.max(0, at - reach); k--) {
            if (boundary(k)) {
                return false;
            }
            if (words.contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The casualty word of the sentences before an identification, nearest first, up to
     * {@link #IDENTIFIED_SENTENCES}; none when a perpetrator is what its own sentence identifies.
     */
    private VictimOutcome previousSentence(int from) {
        int k = from - 1;
        while (k >= 0 && !boundary(k)) {
            if (PERPETRATORS.contains(t.get(k).norm())) {
                return null;
            }
            k--;
        }
        for (int sentence = 0; sentence < IDENTIFIED_SENTENCES && k >= 0; sentence++) {
            // a sentence ends in a full stop, a closing quote and a line break: step over all of them
            while (k >= 0 && (boundary(k) || t.get(k).kind() == Token.Kind.PUNCT)) {
                k--;
            }
            for (int j = k; j >= 0 && j > k - 60 && !boundary(j); j--) {
                VictimOutcome o = cue(j);
                if (o != null) {
                    return o;
                }
            }
            while (k >= 0 && !boundary(k)) {
                k--;
            }
        }
        return null;
    }

    /**
     * The age of "two-year-old", "12-year-old", "53-year old", "six-month-old" (under a year: 0) ending
     * with the "old" at {@code old}; else null.
     */
    private Integer yearsOld(int old) {
        int k = old - 1;
        if (k >= 0 && t.get(k).is("-")) {
            k--;
        }
        if (k < 2 || !(t.get(k).is("year") || t.get(k).is("month") || t.get(k).is("years") || t.get(k).is("months"))
                || !t.get(k - 1).is("-")) {
            return null;
        }
        boolean months = t.get(k).norm().startsWith("month");
        Integer count = ageWord(k - 2);
        return count == null ? null : months ? Integer.valueOf(0) : count;
    }

    /** Nouns of an apposition after a name, with the sex they state ("" when they state none). */
    private static final Map<String, String> DESCRIBED_SEX = Map.of("woman", "F", "girl", "F", "mother", "F",
            "man", "M", "boy", "M", "father", "M", "child", "", "teenager", "", "student", "", "farmer", "");

    /**
     * ", an 18-year-old woman," right after a name: the index of the noun after "old", else -1.
     */
    private int describedAs(int end) {
        int p = end;
        if (p + 7 >= n || !t.get(p).is(",") || !(t.get(p + 1).is("a") || t.get(p + 1).is("an"))) {
            return -1;
        }
        for (int k = p + 2; k < p + 8 && k + 1 < n; k++) {
            if (t.get(k).is("old")) {
                return yearsOld(k) != null && DESCRIBED_SEX.containsKey(t.get(k + 1).norm()) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** "Ali, 25," or "aged 10" (or "aged around 70") right after a name. */
    private Integer age(int end) {
        int p = end;
        if (p < n && t.get(p).is(",")) {
            p++;
        }
        if (p < n && t.get(p).is("aged")) {
            p++;
            if (p < n && (t.get(p).is("around") || t.get(p).is("about") || t.get(p).is("approximately"))) {
                p++;
            }
        }
        if (p < n && t.get(p).kind() == Token.Kind.NUMBER && t.get(p).value() < 120
                && (p + 1 >= n || !t.get(p + 1).is("-"))) {
            return (int) t.get(p).value();
        }
        if (p > end && p + 1 < n && t.get(p).isWord() && ageWord(p) != null
                && (t.get(p + 1).is(",") || t.get(p + 1).is("and") || t.get(p + 1).is("."))) {
            return ageWord(p); // "Rudeina, four, Hana"
        }
        return null;
    }

    private boolean speakerBefore(int trigger) {
        if (trigger > 0 && t.get(trigger - 1).is(":") && colonList(trigger - 1) != null) {
            return false; // a list after a casualty sentence's colon, checked for speech there ("killed in Aleppo:")
        }
        for (int k = trigger - 1; k >= Math.max(0, trigger - 3); k--) {
            if (boundary(k) || t.get(k).is(",")) {
                return false;
            }
            if (t.get(k).isWord() && SPEAKERS.contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, his brother Samir Haddad said": a name followed by a verb of speech is the speaker, a relative who
     * tells of the death, not one of the dead.
     */
    private boolean speaks(int end) {
        return end < n && t.get(end).isWord() && SPEECH.contains(t.get(end).norm());
    }

    private boolean survived(int from, int end) {
        for (int k = end; k < Math.min(n, end + 4); k++) {
            if (boundary(k)) {
                return false;
            }
            if (SURVIVED.contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** The casualty word of the name's sentence: after the name first (English puts the verb after its subject). */
    private VictimOutcome outcome(int from, int end) {
        for (int k = end; k < n && k < end + 40 && !boundary(k); k++) {
            VictimOutcome o = cue(k);
            if (o != null) {
                return o;
            }
        }
        for (int k = from - 1; k >= 0 && k > from - 40 && !boundary(k); k--) {
            VictimOutcome o = cue(k);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private VictimOutcome cue(int k) {
        Token tok = t.get(k);
        if (!tok.isWord()) {
            return null;
        }
        String w = tok.norm();
        if (k >= 2 && t.get(k - 1).is("the") && TENDING.contains(t.get(k - 2).norm())) {
            return null; // "aid to the wounded": others, not the person named
        }
        if (KILLED.contains(w)) {
            return VictimOutcome.KILLED;
        }
        if ((INJURED.contains(w) || w.equals("wounding")) && k > 0
                && (t.get(k - 1).is("fatally") || t.get(k - 1).is("mortally"))) {
            return VictimOutcome.KILLED; // "fatally wounding X": X died of the wounds
        }
        if (INJURED.contains(w)) {
            return VictimOutcome.INJURED;
        }
        if (MISSING.contains(w)) {
            return VictimOutcome.MISSING;
        }
        return DETAINED.contains(w) ? VictimOutcome.DETAINED : null;
    }

    /** The end of the capitalised name run starting at {@code from} (titles skipped by the caller's start). */
    private int run(int from) {
        int p = from;
        while (p < n && t.get(p).isWord() && TITLES.contains(t.get(p).norm()) && capital(p)) {
            p++;
            if (p < n && t.get(p).is(".")) {
                p++;
            }
        }
        if (p != from) {
            return run(p) == p ? from : run(p);
        }
        int words = 0;
        int j = from;
        while (j < n && words < 5) {
            Token tok = t.get(j);
            if (!tok.isWord() || tok.norm().charAt(0) >= 128) {
                break;
            }
            String w = tok.norm();
            if (words == 0 && acronym(j)) {
                break; // "SNHR Documented the Deaths of …": an organisation's initials start no person's name
            }
            boolean particle = PARTICLES.contains(w) && j + 1 < n && (capital(j + 1) || t.get(j + 1).is("-"));
            if (!particle && (!capital(j) || CAP_STOP.contains(w) || KIN.containsKey(w))) {
                break;
            }
            if (particle && words == 0 && !capital(j)) {
                break;
            }
            j++;
            words++;
            // Mes'id, Ma'an: an apostrophe with no space on either side is inside the name
            if (j + 1 < n && (t.get(j).is("'") || t.get(j).is("’")) && t.get(j).start() == t.get(j - 1).end()
                    && t.get(j + 1).start() == t.get(j).end() && t.get(j + 1).isWord()
                    && !t.get(j + 1).is("s")) {
                j += 2;
            }
            // al-Farra, Abdel-Rahman: a hyphen with no space joins the next part
            // (not "New York-based": a lower-case word after the hyphen makes the run an adjective)
            if (j + 1 < n && t.get(j).is("-") && t.get(j).start() == t.get(j - 1).end()
                    && t.get(j + 1).start() == t.get(j).end() && t.get(j + 1).isWord()
                    && (capital(j + 1) || PARTICLES.contains(t.get(j + 1).norm()))) {
                j++;
            }
        }
        while (j > from && PARTICLES.contains(t.get(j - 1).norm())) {
            j--;
        }
        return j;
    }

    /** A word written in capitals only, two letters or more: an organisation's initials (SNHR, OHCHR). */
    private boolean acronym(int k) {
        Token tok = t.get(k);
        if (tok.end() - tok.start() < 2) {
            return false;
        }
        for (int c = tok.start(); c < tok.end(); c++) {
            if (!Character.isUpperCase(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    private int words(int from, int to) {
        int c = 0;
        for (int k = from; k < to; k++) {
            if (t.get(k).isWord()) {
                c++;
            }
        }
        return c;
    }

    private boolean capital(int k) {
        Token tok = t.get(k);
        if (!tok.isWord()) {
            return false;
        }
        char c = text.charAt(tok.start());
        return Character.isUpperCase(c) && c < 0x250;
    }

    /** The token after "-in-law" when it follows the kin noun at {@code k}, else {@code k + 1}. */
    private int inLaw(int k) {
        if (k + 4 < n && t.get(k + 1).is("-") && t.get(k + 2).is("in") && t.get(k + 3).is("-")
                && t.get(k + 4).is("law")) {
            return k + 5;
        }
        return k + 1;
    }

    /** "his wife", "their son", "her two-year-old son", "al-Farra’s niece and nephew". */
    private boolean possessed(int k) {
        for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
            Token tok = t.get(j);
            if (tok.is("his") || tok.is("her") || tok.is("their") || tok.is("s") && j > 0
                    && (t.get(j - 1).is("’") || t.get(j - 1).is("'"))) {
                return true;
            }
            if (boundary(j) || tok.is(",") && j < k - 1) {
                return false;
            }
            if (!(tok.is("-") || tok.is("year") || tok.is("old") || tok.kind() == Token.Kind.NUMBER
                    || NumberWords.isNumberWord(tok.norm()) || tok.is("and") || KIN.containsKey(tok.norm())
                    || tok.is("of") || tok.is("two") || tok.is("five") || ORDER.contains(tok.norm()))) {
                return false;
            }
        }
        return false;
    }

    /** Words between a possessive and a kin noun: "her two younger sisters", "his eldest son". */
    private static final Set<String> ORDER = set("younger", "older", "elder", "eldest", "youngest", "oldest",
            "little", "baby", "infant", "teenage", "adult", "only", "late");

    private boolean clauseStart(int i) {
        if (i == 0) {
            return true;
        }
        Token prev = t.get(i - 1);
        if (boundary(i - 1) || prev.is("that")) {
            return true;
        }
        if (prev.is(",")) {
            // "According to the Euphrates Post, Muhammad Al-Shalash and his son ..."
            for (int k = i - 2; k >= Math.max(0, i - 8); k--) {
                if (boundary(k)) {
                    return false;
                }
                if (t.get(k).is("according")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean boundary(int k) {
        Token tok = t.get(k);
        return tok.kind() == Token.Kind.BREAK || tok.kind() == Token.Kind.PUNCT && (tok.is(".") || tok.is("!")
                || tok.is("?") || tok.is(";"));
    }

    private static boolean quote(Token tok) {
        String p = tok.norm();
        return p.equals("\"") || p.equals("“") || p.equals("”") || p.equals("‘") || p.equals("’") || p.equals("'");
    }
}
