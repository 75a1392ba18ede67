package org.marsad.extract.figure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.WordInfo;
import org.marsad.text.Token;

/**
 * Decides how the figures of a report relate: which are parts of which (بينهم, baynahum, among them;
 * منهم, minhum, of them; "including"), which list items share an outcome, which figures are a
 * breakdown of an earlier total (1114 + 16 = 1130), and which repeat a figure of the title. Then
 * settles each figure's outcome and group, and drops those that are not claims.
 */
final class Structure {

    /** Tokens between two items of one list ("و270 طفلاً … و198 مواطنة") beyond which the list has ended. */
    private static final int LIST_GAP = 12;
    private static final int FIRST_PART_GAP = 3;

    private final Document doc;
    private final List<Figure> figures;

    private Structure(Document doc, List<Figure> figures) {
        this.doc = doc;
        this.figures = figures;
    }

    /** The figures that are claims, in text order, each with its outcome, group and whole. */
    static List<Figure> resolve(Document doc, List<Figure> figures) {
        Structure s = new Structure(doc, figures);
        s.parts();
        s.spelledOut();
        s.distributions();
        s.sharedRanks();
        s.groups();
        s.anaphora();
        s.outcomes();
        s.victimsOfBoth();
        s.listedAfterTotal();
        s.amongEarlierTotal();
        s.partsOfBoth();
        List<Figure> claims = new ArrayList<>();
        for (Figure f : figures) {
            if (!f.dropped) {
                claims.add(f);
            }
        }
        for (Figure f : claims) {
            while (f.parent != null && f.parent.dropped) {
                f.parent = f.parent.parent;
            }
        }
        s.repeatedTitle(claims);
        s.repeats(claims);
        s.ofTheDead(claims);
        s.relatives(claims);
        claims.removeIf(f -> f.dropped);
        s.breakdowns(claims);
        claims.removeIf(f -> f.dropped);
        return claims;
    }

    /**
     * A figure the report states again in a later sentence (a subtitle, a summary, a paragraph the page
     * prints twice, the same figure in digits and in words) is one claim: the first, given the more
     * precise group of the two and the qualifier either states. Single persons are left alone: two
     * persons killed in two places are often two claims of one. Parts of the repeat that the first
     * already has are dropped; others move to it. Linear: earlier figures are found by outcome and count.
     */
    /**
     * How far apart (characters) a figure and its repeat may stand. A report restates its figures in its
     * lead, body and summary, a few paragraphs apart; a compilation of reports (a month of bulletins in one
     * file) holds many figures of the same count that are different deaths. On the 80 real reports the
     * score is the same for any reach from 2,000 characters to the whole text (F1 0.829, 2026-12-05), and
     * 10 characters loses repeats (0.812); 5,000 keeps a report's restatements within reach.
     */
    private static final int REPEAT_REACH = 5_000;

    /** "Ten people were also killed in an earlier attack": more deaths, not the same figure said again. */
    private boolean also(Figure f) {
        for (int k = f.end; k < f.end + 3 && k < doc.size() && doc.isLatin(k); k++) {
            if (doc.isWord(k, "also") || doc.isWord(k, "too")) {
                return true;
            }
        }
        return false;
    }

    private void repeats(List<Figure> claims) {
        // per outcome and count, the figures still within reach, oldest first: those out of reach of one
        // figure are out of reach of every later one, so each is dropped once (a long document stays linear)
        java.util.Map<String, Deque<Figure>> seen = new java.util.HashMap<>();
        java.util.Map<Figure, List<Figure>> parts = new java.util.IdentityHashMap<>();
        for (Figure f : claims) {
            if (f.parent != null) {
                parts.computeIfAbsent(f.parent, k -> new ArrayList<>()).add(f);
            }
        }
        Map<Integer, Integer> restated = new HashMap<>();
        for (Figure f : claims) {
            if (f.dropped || f.count < 2) {
                continue;
            }
            String key = f.outcome + " " + f.count;
            Deque<Figure> earlier = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
            while (!earlier.isEmpty()
                    && doc.token(f.start).start() - doc.token(earlier.peekFirst().start).start() > REPEAT_REACH) {
                earlier.pollFirst();
            }
            Figure first = null;
            if (f.parent == null && !also(f)) {
                for (Figure e : earlier) {
                    if (!e.dropped && e.parent == null && (!doc.sameSentence(e.start, f.start) || quotedAgain(e, f))
                            && doc.token(f.start).start() - doc.token(e.start).start() <= REPEAT_REACH
                            && (restates(e.group, f.group) || toldAgain(e, f)) && !partsDiffer(parts.get(e), parts.get(f))
                            && !placesDiffer(e, f)) {
                        first = e;
                        break;
                    }
                }
            }
            if (first == null) {
                earlier.add(f);
                continue;
            }
            f.dropped = true;
            restated.put(doc.sentence(f.start), doc.sentence(first.start));
            if (first.group == Group.PERSON) {
                first.group = f.group;
            }
            if (first.qualifier == Qualifier.EXACT) {
                first.qualifier = f.qualifier;
            }
            List<Figure> moved = parts.getOrDefault(f, List.of());
            List<Figure> kept = parts.computeIfAbsent(first, k -> new ArrayList<>());
            for (Figure part : moved) {
                if (!part.dropped) {
                    part.parent = first;
                    part.dropped = hasPart(kept, part);
                }
            }
            kept.addAll(moved);
        }
        repeatedSingles(claims, restated);
    }

    /**
     * A figure said again in its own sentence by a source quoted after it: "قتل 17 شخصاً وأصيب 25 …، حيث
     * ذكرت وسائل إعلام إن عدد القتلى بلغ 17 إلى جانب 25 جريحاً" is 17 dead and 25 injured, once. A wire item
     * often states the toll and then quotes the source that gave it. Without a speaker between them two
     * figures of one count in one sentence are two ("3 في درعا و3 في حمص"), and "others" are more.
     */
    private boolean quotedAgain(Figure e, Figure f) {
        if (f.others) {
            return false;
        }
        for (int k = e.end; k < f.start; k++) {
            if (doc.has(k, Lexicon.SAID)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two figures of one count name two places: "استشهد مواطنان … في حي البياضة" and "استشهد مواطنان …
     * في مدينة القصير" are four dead, not two said twice. Only places a place word heads (حي، مدينة، قرية …),
     * read as the word after it: "في القصف" and "في حلب" may be one place said two ways.
     */
    private boolean placesDiffer(Figure a, Figure b) {
        String pa = placeAfter(a);
        String pb = placeAfter(b);
        return pa != null && pb != null && !pa.equals(pb);
    }

    private static final java.util.Set<String> PLACES_HEADS = java.util.stream.Stream.of("قرى", "بلدات", "أحياء",
            "مدن").map(org.marsad.text.ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private String placeAfter(Figure f) {
        for (int k = f.end; k < Math.min(doc.size() - 1, f.end + 10) && doc.sameSentence(k, f.start); k++) {
            if (!doc.isArabic(k)) {
                return null;
            }
            if (doc.has(k, Lexicon.PLACE_TYPE) || PLACES_HEADS.contains(doc.token(k).norm())) {
                return doc.token(k + 1).isWord() ? doc.token(k + 1).norm() : null;
            }
        }
        return null;
    }

    /**
     * A sentence that restates another's figure restates its single persons beside it too: "استشهدت طفلة
     * وأصيب اثنان آخران" then "أدى إلى استشهاد طفلة وإصابة اثنين آخرين" is one girl. Only then: single persons
     * of two unrelated sentences are often two deaths. {@code restated} maps a restating sentence to the
     * sentence it restates.
     */
    private void repeatedSingles(List<Figure> claims, Map<Integer, Integer> restated) {
        if (restated.isEmpty()) {
            return;
        }
        Map<Integer, List<Figure>> singles = new HashMap<>();
        for (Figure f : claims) {
            if (f.count == 1 && f.parent == null && !f.dropped) {
                singles.computeIfAbsent(doc.sentence(f.start), k -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<Integer, Integer> pair : restated.entrySet()) {
            List<Figure> said = new ArrayList<>(singles.getOrDefault(pair.getValue(), List.of()));
            for (Figure f : singles.getOrDefault(pair.getKey(), List.of())) {
                for (java.util.Iterator<Figure> it = said.iterator(); it.hasNext(); ) {
                    Figure e = it.next();
                    if (e != f && !e.dropped && e.outcome == f.outcome && e.group == f.group) {
                        f.dropped = true;
                        it.remove();
                        break;
                    }
                }
            }
        }
    }

    /**
     * "the ministry said five of the dead were children", "four of the dead children were twins": a figure
     * of the dead counted before is the latest earlier figure of its outcome within reach said again when
     * its count and group agree (the part "five children" of "seven civilians, including five children"),
     * else a part of it when that figure holds it. Never a new count of deaths.
     */
    private void ofTheDead(List<Figure> claims) {
        for (int i = 0; i < claims.size(); i++) {
            Figure f = claims.get(i);
            if (!f.ofTheDead || f.parent != null || f.dropped) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Figure e = claims.get(j);
                if (doc.token(f.start).start() - doc.token(e.start).start() > REPEAT_REACH) {
                    break;
                }
                if (e.dropped || e.outcome != f.outcome) {
                    continue;
                }
                if (e.count == f.count && restates(e.group, f.group) || e.count == f.count && e.group == Group.CHILD
                        && f.group == Group.PERSON) {
                    f.dropped = true;
                    break;
                }
                if (e.count > f.count && contains(e.group, f.group, false)) {
                    f.parent = e;
                    break;
                }
            }
        }
    }

    /**
     * Relatives named by kinship are claims of one only when no stated figure holds them (GOLD.md): one
     * inside a list of parts is not, nor are they when the report states a figure of the same outcome
     * larger than their number. The same word of kinship with the same outcome is one person.
     */
    private void relatives(List<Figure> claims) {
        java.util.Map<Outcome, Integer> kin = new java.util.EnumMap<>(Outcome.class);
        java.util.Map<Outcome, Long> largest = new java.util.EnumMap<>(Outcome.class);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Figure f : claims) {
            if (f.dropped) {
                continue;
            }
            if (f.kin == null) {
                if (f.parent == null) {
                    largest.merge(f.outcome, f.count, Math::max);
                }
                continue;
            }
            if (f.apposed) {
                continue;
            }
            if (f.parent != null || !seen.add(f.outcome + " " + f.kin)) {
                f.dropped = true;
            } else {
                kin.merge(f.outcome, 1, Integer::sum);
            }
        }
        for (Figure f : claims) {
            if (f.kin != null && !f.dropped && !f.apposed && largest.getOrDefault(f.outcome, 0L) > kin.get(f.outcome)) {
                f.dropped = true;
            }
        }
        for (Figure f : claims) {
            if (f.kin != null && !f.dropped && !f.apposed && f.count == 1 && anotherTellsAgain(f, claims)) {
                f.dropped = true;
            }
        }
    }

    /**
     * "استشهد طفل وأصيب شقيقه" then "أدى لاستشهاد طفل وإصابة آخر": the report counts the relative again, in
     * another sentence near it, as "another" of the same outcome; that stated figure holds them (GOLD.md). In
     * the relative's own sentence "another" is someone else ("أصيب آخر وزوجته" are two).
     */
    private boolean anotherTellsAgain(Figure kin, List<Figure> claims) {
        for (Figure g : claims) {
            if (g == kin || g.dropped || g.kin != null || g.outcome != kin.outcome || g.count != 1
                    || doc.sameSentence(g.start, kin.start)
                    || Math.abs(doc.token(g.start).start() - doc.token(kin.start).start()) > REPEAT_REACH) {
                continue;
            }
            org.marsad.extract.document.Noun noun = doc.noun(g.start);
            if (noun != null && noun.others() && noun.plurality() == org.marsad.extract.document.Plurality.SINGULAR) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a figure of group {@code b} may restate one of {@code a}: the same group, or persons said
     * again as civilians or fighters ("267 civilians … the 267 dead"). The same count of children, women or
     * men after a count of persons is another figure ("the toll was nine … nine children died").
     */
    private static boolean restates(Group a, Group b) {
        return a == b || a == Group.PERSON && broad(b) || b == Group.PERSON && broad(a);
    }

    /** English verbs by which a witness or official tells again what a report already counted. */
    private static final java.util.Set<String> TOLD = java.util.Set.of("said", "told", "says", "recounted",
            "described", "recalled");

    /**
     * "Six people died in the attack. Witnesses said six men were slaughtered": persons counted first, then
     * told again by a witness with their sex or age, are the same dead. Only with the speaker's verb before the
     * second count in its own sentence: "five people were killed … five children were killed" without one may
     * be two tolls (the real corpus loses claims when every person figure is merged with any later one).
     */
    private boolean toldAgain(Figure e, Figure f) {
        if (e.group != Group.PERSON || !f.latin(doc)) {
            return false;
        }
        for (int k = f.start - 1; k >= 0 && doc.sameSentence(k, f.start); k--) {
            if (doc.isLatin(k) && TOLD.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean broad(Group g) {
        return g == Group.PERSON || g == Group.CIVILIAN || g == Group.FIGHTER;
    }

    /**
     * Two figures of the same count whose parts count the children, women or men differently are two tolls
     * (two sources' counts of one attack: "five, including two women and seven children" against "five,
     * including three children"), not one figure said twice. Parts of persons may be a finer split of the
     * same people ("four staff" restated as "two staff and two drivers"), so they prove nothing.
     */
    private static boolean partsDiffer(List<Figure> a, List<Figure> b) {
        if (a == null || b == null) {
            return false;
        }
        for (Figure p : a) {
            for (Figure q : b) {
                if (!p.dropped && !q.dropped && p.group == q.group && !broad(p.group) && p.outcome == q.outcome
                        && p.count != q.count) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameGroup(Group a, Group b) {
        return a == b || a == Group.PERSON || b == Group.PERSON;
    }

    private static boolean hasPart(List<Figure> parts, Figure part) {
        for (Figure p : parts) {
            if (p != part && !p.dropped && p.count == part.count && p.outcome == part.outcome
                    && sameGroup(p.group, part.group)) {
                return true;
            }
        }
        return false;
    }

    private record Frame(Figure whole, int marker, int[] lastEnd) {
    }

    private void parts() {
        Deque<Frame> open = new ArrayDeque<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.oneOf || f.partitive) {
                Figure sibling = f.copula ? copulaSibling(i) : null;
                // "1,524 were children and 1,000 were women": both parts of one whole, not the second of the first
                f.parent = sibling != null ? sibling : partitiveWhole(i);
            } else if (f.bare) {
                f.parent = listWhole(open, f);
                if (f.parent != null) {
                    f.enumerated = true;
                } else {
                    enumeration(i);
                }
            } else {
                f.parent = listWhole(open, f);
                if (f.parent == null) {
                    f.parent = copulaSibling(i);
                }
            }
            if (f.marker >= 0) {
                open.push(new Frame(f, f.marker, new int[] {-1}));
            }
        }
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.parent == null && amongNext(f, figures.get(i + 1))) {
                Figure whole = figures.get(i + 1);
                f.parent = whole; // "Five children were among the 11 people killed"
                if (whole.parent == f) {
                    whole.parent = null; // "among" read as the part's "including" made the whole its part
                }
            }
        }
    }

    /**
     * "Of the 52 killed, 49 were civilians and three security personnel": an English figure joined by "and"
     * right after a part that a verb of being names is a part of the same whole.
     */
    private Figure copulaSibling(int i) {
        Figure f = figures.get(i);
        Figure before = i > 0 ? figures.get(i - 1) : null;
        return before != null && before.copula && f.conjoined && f.latin(doc) && f.start - before.end <= 1
                && doc.sameSentence(before.start, f.start) ? before.parent : null;
    }

    /** "X were among the N killed": the figure after "among the" right after this one holds it. */
    private boolean amongNext(Figure f, Figure next) {
        int k = f.end;
        if (!(doc.isWord(k, "were") || doc.isWord(k, "was") || doc.isWord(k, "are") || doc.isWord(k, "is"))
                || !doc.isWord(k + 1, "among")) {
            return false;
        }
        int at = doc.isWord(k + 2, "the") ? k + 3 : k + 2;
        return next.start == at && !next.bare && next.count > f.count;
    }

    /**
     * A figure split by توزعوا على (distributed among) into figures of the dead and of the injured counts
     * both together, so it is no claim (GOLD.md: a figure that mixes killed and injured); its parts are
     * claims, of its group when their own noun names none ("شهيداً", a martyr, counts persons). A figure
     * split among places or groups of one outcome stays the whole of its parts.
     */
    private void distributions() {
        Map<Figure, List<Figure>> parts = new IdentityHashMap<>();
        for (Figure f : figures) {
            if (f.parent != null && f.parent.distributed) {
                parts.computeIfAbsent(f.parent, k -> new ArrayList<>()).add(f);
            }
        }
        parts.forEach((whole, split) -> {
            boolean killed = split.stream().anyMatch(p -> p.stated == Outcome.KILLED);
            boolean injured = split.stream().anyMatch(p -> p.stated == Outcome.INJURED);
            if (!killed || !injured) {
                return;
            }
            whole.excluded = true;
            for (Figure p : split) {
                if (p.group == Group.PERSON && whole.group != null) {
                    p.group = whole.group;
                }
            }
        });
    }

    /**
     * A bare number joined by و to the figure before, then a place or a perpetrator: "قتل 50 منهم في
     * إدلب و40 في ريف دمشق" (50 of them in Idlib and 40 in Rural Damascus), "وواحد على يد …". It is one
     * more item of the same list: the group, outcome and whole of the item before.
     */
    private void enumeration(int i) {
        Figure f = figures.get(i);
        if (i == 0 || !f.conjoined) {
            return;
        }
        Figure before = figures.get(i - 1);
        boolean listed = f.enumerated || doc.sameSentence(before.start, f.start) && f.start - before.end <= LIST_GAP
                && continues(before.end, f.start) && (doc.has(f.end, Lexicon.STOP) || doc.isWord(f.end, "،")
                || doc.isWord(f.end, ",") || doc.has(f.end, Lexicon.PART));
        if (!listed || before.bare && !before.enumerated && !before.partitive) {
            return;
        }
        f.enumerated = true;
        f.parent = before.parent;
        if (before.marker >= 0 && f.parent == null) {
            f.parent = null;
        }
    }

    /**
     * "… المدنيين الذين قتلوا خلال الأيام الأربعة، هم 30 في حلب و2 في إدلب و8 في ريف دمشق، إلى جانب 16 بدير
     * الزور وقتيل واحد في الرقة": bare numbers after هم (they are) that spell an earlier total out by place.
     * A list that spells out a total sums to it (GOLD.md: within); so the run of numbers joined by و or
     * إلى جانب is the parts of the figure, a few sentences before at most, whose count is their sum.
     * Without that sum nothing says what the bare numbers count, and they stay no claims.
     */
    private static final int SPELLED_REACH = 3; // sentences: the sum is the evidence, a bracket ends one

    private void spelledOut() {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (!f.bare || f.parent != null || !listWordBefore(f.start)) {
                continue;
            }
            long sum = f.count;
            int last = i;
            for (int j = i + 1; j < figures.size(); j++) {
                Figure g = figures.get(j);
                if (!(g.conjoined || g.added) || !doc.sameSentence(f.start, g.start) || g.marker >= 0) {
                    break;
                }
                sum += g.count;
                last = j;
            }
            if (last == i) {
                continue; // one number is no list
            }
            Figure whole = null;
            for (int j = i - 1; j >= 0 && doc.sentence(f.start) - doc.sentence(figures.get(j).start) <= SPELLED_REACH; j--) {
                Figure w = figures.get(j);
                if (!w.bare && w.parent == null && w.count == sum) {
                    whole = w;
                    break;
                }
            }
            if (whole == null) {
                continue;
            }
            for (int j = i; j <= last; j++) {
                figures.get(j).parent = whole;
                figures.get(j).enumerated = true;
            }
            i = last;
        }
    }

    private boolean listWordBefore(int start) {
        int k = start - 1;
        if (doc.isWord(k, "،") || doc.isWord(k, ",") || doc.isWord(k, ":")) {
            k--;
        }
        return doc.isWord(k, "هم") || doc.isWord(k, "وهم") || doc.isWord(k, "هن") || doc.isWord(k, "وهن");
    }

    /** How many figures back "one of the seven" looks for the figure of seven. */
    private static final int COUNTED_REACH = 30;

    private Figure partitiveWhole(int i) {
        Figure f = figures.get(i);
        if (f.ofCount > 0) {
            for (int j = i - 1; j >= Math.max(0, i - COUNTED_REACH); j--) {
                if (figures.get(j).count == f.ofCount && !figures.get(j).bare) {
                    return figures.get(j);
                }
            }
            return null;
        }
        Outcome lead = f.copula ? leadOutcome(f) : null;
        for (int j = i - 1; j >= 0; j--) {
            Figure before = figures.get(j);
            if (lead != null && before.stated != null && before.stated != lead && before.count > f.count) {
                continue; // "… killed and 12,493 wounded. Of the total death toll, 1,524 were children": of the dead
            }
            // "40 people died. Most were fighters, but 11 were civilians": the sentence before
            boolean previous = f.copula && doc.sentence(f.start) - doc.sentence(before.start) == 1
                    && (!before.bare || before.stated != null);
            if (!doc.sameSentence(before.start, f.start) && !previous) {
                if (f.copula && doc.sentence(f.start) - doc.sentence(before.start) == 1) {
                    continue;
                }
                return null;
            }
            if (before.count > f.count || f.oneOf && !before.oneOf) {
                return before;
            }
        }
        return null;
    }

    /** Words a lead phrase may run to before its comma: "Of the total death toll of the war so far,". */
    private static final int LEAD_WORDS = 8;

    /**
     * The outcome an English sentence's opening names for the parts a verb of being counts in it: "Of the
     * dead,", "Of the total death toll,", "Among those killed," (killed); "Of the wounded," (injured); else null.
     */
    private Outcome leadOutcome(Figure f) {
        int k = f.start;
        while (k > 0 && doc.sameSentence(k - 1, f.start)) {
            k--;
        }
        while (k < f.start && !doc.token(k).isWord()) {
            k++; // the line break or quote that opens the sentence
        }
        if (!doc.isLatin(k) || !(doc.isWord(k, "of") || doc.isWord(k, "among"))) {
            return null;
        }
        for (int j = k + 1; j < f.start && j <= k + LEAD_WORDS && !doc.token(j).is(","); j++) {
            Noun noun = doc.noun(j);
            Outcome o = noun != null && noun.outcome() != null ? noun.outcome()
                    : doc.info(j).before() != null ? doc.info(j).before() : doc.info(j).after();
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private Figure listWhole(Deque<Frame> open, Figure f) {
        while (!open.isEmpty()) {
            Frame frame = open.peek();
            Figure whole = frame.whole();
            int lastEnd = frame.lastEnd()[0];
            boolean fits = doc.sameSentence(whole.start, f.start) && contains(whole.group, f.group, f.inheritsGroup)
                    && !(f.stated != null && whole.stated != null && f.stated != whole.stated);
            boolean first = lastEnd < 0 && f.start > frame.marker()
                    && (f.start - frame.marker() <= FIRST_PART_GAP || familyOf(frame.marker() + 1, f.start));
            boolean next = lastEnd >= 0 && (f.conjoined && f.start - lastEnd <= LIST_GAP || adjacent(lastEnd, f.start))
                    && unbroken(lastEnd, f.start);
            // "9 مدنيين بينهم 3 أطفال في قرية X و4 مدنيين بينهم طفل في قرية Y": a later item joined by و, of the
            // whole's own group and with parts of its own, is the whole's sibling (the next village's toll).
            // Not so after هم or بالإضافة إلى: "1130 … والشهداء هم 1114 مدني بينهم … بالإضافة إلى 16 مدني بينهم
            // 3 أطفال" spells the whole out; nor without parts of its own ("624 مقاتلين بينهم مقاتلان … ومقاتل").
            boolean sibling = next && f.conjoined && !f.added && f.marker >= 0 && !f.bare && f.group != null
                    && f.group == whole.group && !f.inheritsGroup && !listWordBefore(f.start);
            if (fits && (first || next) && !sibling) {
                frame.lastEnd()[0] = f.end;
                return whole;
            }
            open.pop();
        }
        return null;
    }

    /**
     * "بينهم عائلة مؤلفة من ثمانية مدنيين" (among them a family of eight civilians): a family counted by its
     * members is an item of the list like any other, its number a few words after the marker.
     */
    private boolean familyOf(int from, int start) {
        if (start - from > FIRST_PART_GAP + 1 || !doc.isWord(start - 1, "من")) {
            return false;
        }
        String family = doc.token(from).norm();
        return family.equals("عائلة") || family.equals("اسرة") || family.equals("عائلتين") || family.equals("اسرتين");
    }

    /**
     * Between two items of an enumeration, the verb of the first may stand ("18 منهم قتلوا على يد …،
     * وواحد على يد …"), but nothing that starts a statement of its own.
     */
    private boolean continues(int from, int to) {
        for (int k = from; k < to; k++) {
            WordInfo info = doc.info(k);
            if (info.before() != null || (info.noun() != null && info.noun().outcome() != null) || doc.has(k, Lexicon.TOLL)
                    || doc.has(k, Lexicon.EVENT) || doc.has(k, Lexicon.DOC) || doc.has(k, Lexicon.PART)) {
                return false;
            }
        }
        return true;
    }

    /** A list item right after the one before, or after a comma: "بينهم 12 رجلاً 6 نساء، 13 طفلاً". */
    private boolean adjacent(int lastEnd, int start) {
        return start == lastEnd || start == lastEnd + 1 && (doc.isWord(lastEnd, "،") || doc.isWord(lastEnd, ","));
    }

    /** No word between two list items that starts a new statement: an outcome, a toll, an event. */
    private boolean unbroken(int from, int to) {
        // "including 15 men whose bodies were found in a house and seven others along a road": a clause that
        // describes the item before may tell its death; only a toll, an event or a new list ends the list
        boolean relative = doc.isWord(from, "whose") || doc.isWord(from, "who");
        for (int k = from; k < to; k++) {
            WordInfo info = doc.info(k);
            if (relative && !(doc.has(k, Lexicon.TOLL) || doc.has(k, Lexicon.EVENT) || doc.has(k, Lexicon.DOC)
                    || doc.has(k, Lexicon.PART))) {
                continue;
            }
            if (info.before() != null || info.after() != null || (info.noun() != null && info.noun().outcome() != null)
                    || doc.has(k, Lexicon.TOLL) || doc.has(k, Lexicon.EVENT) || doc.has(k, Lexicon.DOC)
                    || doc.has(k, Lexicon.PART)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "41 قتيلاً و106 جرحى بينهم 11 من النساء والأطفال" (41 dead and 106 injured, among them 11 women and
     * children): parts listed after a killed figure and an injured one joined by و may count either, so
     * they are no claim.
     */
    private void partsOfBoth() {
        java.util.Map<Figure, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            at.put(figures.get(i), i);
        }
        for (Figure f : figures) {
            Figure whole = f.parent;
            if (whole == null || f.oneOf || f.partitive || whole.marker < 0 || !whole.conjoined) {
                continue;
            }
            if (whole.marker - 1 == whole.end && doc.isWord(whole.end, "(")) {
                continue; // "و180 إصابة (منها 41 طفلاً)": a bracket opened right after the figure holds its own parts
            }
            int w = at.get(whole);
            Figure before = w > 0 ? figures.get(w - 1) : null;
            if (before != null && before.parent == null && !before.dropped && before.outcome != null
                    && whole.outcome != null && before.outcome != whole.outcome && doc.sameSentence(before.start, whole.start)
                    && whole.start - before.end <= 2) {
                f.dropped = true;
            }
        }
    }

    /** Whether two groups of a list may count the same people: men, women and children are apart in a list. */
    private static boolean overlap(Group a, Group b) {
        boolean civilianPart = a == Group.CHILD || a == Group.WOMAN || a == Group.MAN;
        boolean civilianPartB = b == Group.CHILD || b == Group.WOMAN || b == Group.MAN;
        return a == b || a == Group.PERSON || b == Group.PERSON || a == Group.CIVILIAN && civilianPartB
                || b == Group.CIVILIAN && civilianPart;
    }

    /** Whether a figure of group {@code part} can be counted within one of group {@code whole}. */
    static boolean contains(Group whole, Group part, boolean partUnknown) {
        if (whole == null || partUnknown || part == null) {
            return true;
        }
        switch (whole) {
            case PERSON:
                return true;
            case CIVILIAN:
                return part != Group.FIGHTER;
            case FIGHTER:
                return part == Group.FIGHTER || part == Group.CHILD;
            case WOMAN:
            case MAN:
                return part == whole || part == Group.CHILD;
            default:
                return part == whole;
        }
    }

    /**
     * "سقوط 12 قتيلاً و17 مصاباً من المدنيين" (12 dead and 17 injured of the civilians): the words after the
     * second of a pair of the dead and the injured say whom both count, when the first names no one.
     */
    private void sharedRanks() {
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure dead = figures.get(i);
            Figure injured = figures.get(i + 1);
            Noun own = doc.noun(injured.numberEnd);
            boolean pair = injured.conjoined && injured.start - dead.end <= 1 && dead.stated != null
                    && injured.stated != null && dead.stated != injured.stated && doc.isArabic(dead.end - 1);
            if (pair && dead.group == Group.PERSON && !dead.inheritsGroup && dead.marker < 0 && own != null
                    && own.group() == Group.PERSON && injured.end > injured.numberEnd + 1
                    && (injured.group == Group.CIVILIAN || injured.group == Group.FIGHTER)) {
                dead.group = injured.group;
            }
        }
    }

    /** Groups taken from elsewhere: a part of unknown group is of its whole's; "others" of the figures before. */
    private void groups() {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (!f.inheritsGroup && f.group != null) {
                continue;
            }
            if (f.parent != null) {
                f.group = f.parent.group;
            } else {
                f.group = precedingGroup(i);
                if (f.others && (f.group == Group.CHILD || f.group == Group.WOMAN || f.group == Group.MAN)) {
                    // "قضى ثلاثة أطفال وأصيب عشرون آخرون": the others are people, not necessarily children
                    f.group = Group.PERSON;
                }
            }
            if (f.group == null) {
                f.group = Group.PERSON;
            }
        }
    }

    /** The group of the run of top-level figures just before, joined by و: mixed groups are persons. */
    private Group precedingGroup(int i) {
        Group group = null;
        Figure f = figures.get(i);
        for (int j = i - 1; j >= 0 && doc.sameSentence(figures.get(j).start, f.start); j--) {
            Figure before = figures.get(j);
            if (before.parent != null) {
                continue;
            }
            group = group == null ? before.group : GroupWords.combine(group, before.group);
            if (!before.conjoined) {
                break;
            }
        }
        return group;
    }

    private void outcomes() {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Outcome o = f.stated;
            if (o == null && f.parent != null) {
                o = f.parent.outcome;
            }
            if (o == null && !f.bare && f.conjoined && f.nearAfter != null && f.parent == null && doc.isLatin(f.start)) {
                // "13 were killed and 27 others were injured": the verb before belongs to the clause before
                o = f.nearAfter;
            }
            if (o == null && !f.bare) {
                o = f.nearBefore;
            }
            if (o == null) {
                o = f.tollOutcome;
            }
            // "استشهد المواطن X، 60 عاماً، مع ثمانية من أبنائه" (with eight of his children): مع shares the verb too
            if (o == null && (f.conjoined || f.added || nextPlace(f.start) || commaAfter(i) || doc.isWord(f.start - 1, "مع")) && i > 0
                    && doc.sameSentence(figures.get(i - 1).start, f.start)) {
                o = figures.get(i - 1).outcome;
            }
            if (o == null && !f.bare) {
                o = f.nearAfter;
            }
            if (o == null && f.refersBack && i > 0) {
                Figure before = latestClaim(i);
                if (before != null) {
                    f.tollOutcome = before.outcome;
                    f.group = f.inheritsGroup ? before.group : f.group;
                    o = f.tollOutcome;
                }
            }
            if (o == null && f.documented && !f.bare) {
                o = Outcome.KILLED;
            }
            if (o == null && !f.bare && injuredOthersNext(i)) {
                o = Outcome.KILLED;
            }
            f.outcome = o;
            // "استشهاد وجرح أربعة مواطنين بينهم امرأة وطفل": the parts of a figure of the dead and the wounded
            // together are of either, so no claim, unless they say their own outcome
            boolean ofMixed = f.stated == null && f.parent != null && f.parent.excluded;
            f.dropped = f.dropped || o == null || f.excluded || ofMixed || f.count == 0 || f.bare && f.stated == null && f.tollOutcome == null
                    && f.parent == null && !(f.partitive && o != null) && !f.enumerated;
        }
    }

    /** Tokens between a total of victims and the first of its two parts ("1400 شخص (513 قتيلاً"). */
    private static final int BOTH_GAP = 3;

    /**
     * "بلغ مجموع الضحايا المدنيين 1400 شخص (513 قتيلاً و887 جريحاً)": a total of victims split at once into
     * its dead and its injured, summing to it, counts both; it is no figure of the dead (GOLD.md: a figure
     * that mixes killed and injured is not a claim). Its two parts are claims of their own.
     */
    private void victimsOfBoth() {
        for (int i = 0; i + 2 < figures.size(); i++) {
            Figure total = figures.get(i);
            Figure a = figures.get(i + 1);
            Figure b = figures.get(i + 2);
            if (total.dropped || total.stated != null || a.outcome == null || b.outcome == null
                    || a.outcome == b.outcome || a.count + b.count != total.count
                    || !doc.sameSentence(total.start, b.start) || a.start - total.end > BOTH_GAP
                    || b.start - a.end > BOTH_GAP) {
                continue;
            }
            total.dropped = true;
            for (Figure part : List.of(a, b)) {
                if (part.group == Group.PERSON && total.group != Group.PERSON) {
                    part.group = total.group; // the civilian victims' dead are civilians
                }
            }
            if (a.parent == total) {
                a.parent = null;
            }
            if (b.parent == total) {
                b.parent = null;
            }
        }
    }

    /**
     * "وبين القتلى 10808 أطفال، 39227 من مسلحي المعارضة": a figure with no word of its own for what befell its
     * people, right after the comma that closes the figure before it, is the next item of the same list.
     */
    private boolean commaAfter(int i) {
        Figure f = figures.get(i);
        return i > 0 && !f.latin(doc) && figures.get(i - 1).end == f.start - 1
                && (doc.isWord(f.start - 1, "،") || doc.isWord(f.start - 1, ","));
    }

    /** Tokens between an English total and the first of the parts listed after it, or between two parts. */
    private static final int LISTED_GAP = 8;

    /**
     * "Airstrikes killed 30 people on Friday, 18 civilians and 12 fighters", "the toll rose to 30: 18 civilians
     * and 12 fighters", "52 bodies -- 27 men, 16 women and nine children": English figures with no verb of their
     * own listed after a total in its sentence, of groups that split it without overlap and summing to it
     * exactly, are its parts and share its outcome. The sum is the evidence: without it they stay no claims.
     */
    private void listedAfterTotal() {
        for (int i = 0; i < figures.size(); i++) {
            Figure whole = figures.get(i);
            if (whole.dropped || whole.outcome == null || whole.parent != null || whole.count < 2 || !whole.latin(doc)) {
                continue;
            }
            List<Figure> run = new ArrayList<>();
            long sum = 0;
            int end = whole.end;
            for (int j = i + 1; j < figures.size() && sum < whole.count; j++) {
                Figure g = figures.get(j);
                if (!doc.sameSentence(whole.start, g.start) || g.start - end > LISTED_GAP || g.parent != null
                        || !g.dropped || g.outcome != null || g.stated != null || g.bare || g.excluded || g.group == null
                        || !contains(whole.group, g.group, false) || g.group == whole.group) {
                    break;
                }
                boolean overlaps = false;
                for (Figure other : run) {
                    overlaps |= overlap(other.group, g.group);
                }
                if (overlaps) {
                    break;
                }
                run.add(g);
                sum += g.count;
                end = g.end;
            }
            if (run.size() < 2 || sum != whole.count) {
                continue;
            }
            for (Figure g : run) {
                g.dropped = false;
                g.outcome = whole.outcome;
                g.parent = whole;
            }
        }
    }

    /**
     * "ارتفع عدد الشهداء إلى 9770. وأوضحت الوزارة أن من بين الشهداء 4800 طفل و2918 سيدة": figures counted
     * among the dead (a definite noun that refers back) are parts of the latest total of that outcome in
     * their sentence or the one before, when it is larger and of a group that holds them; the figures
     * joined to the first in its sentence are parts of it too.
     */
    private void amongEarlierTotal() {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (!f.amongTheDead || f.parent != null || f.dropped || f.outcome == null) {
                continue;
            }
            // "قتل 53 شخصاً … عن إصابة 21 آخرين؛ وكان من بين القتلى 14 طفلاً": the injured between are not the dead;
            // so in English ("killing five people and wounding 25. Those killed included …")
            Figure whole = latestClaim(i, f.outcome);
            if (whole != null && !(whole.group == Group.PERSON || whole.group == Group.CIVILIAN)) {
                whole = null; // "5 أطفال … ومن بين القتلى 3 أطفال": the dead of the whole report, no stated figure
            }
            for (int j = i; j < figures.size() && whole != null; j++) {
                Figure g = figures.get(j);
                if (j > i && !(g.conjoined && doc.sameSentence(f.start, g.start))) {
                    break;
                }
                if (g.parent == null && !g.dropped && g.outcome == whole.outcome && g.count < whole.count
                        && contains(whole.group, g.group, false)) {
                    g.parent = whole;
                }
                i = j;
            }
        }
    }

    /**
     * "قتل في حمص 12 شخصاً، وفي إدلب ثمانية أشخاص" (in Homs 12 were killed, and in Idlib eight): a figure
     * after "وفي" and a place of a few words, with no word of its own between, goes on the list of the
     * figure before and shares its verb.
     */
    private boolean nextPlace(int start) {
        for (int k = start - 1; k >= Math.max(0, start - 5); k--) {
            if (doc.isWord(k, "وفي")) {
                return k < start - 1;
            }
            WordInfo info = doc.info(k);
            if (!doc.token(k).isWord() || info.before() != null || info.after() != null || info.noun() != null
                    || doc.has(k, Lexicon.TOLL) || doc.has(k, Lexicon.EVENT) || doc.has(k, Lexicon.PART)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The number of the sentence of words before the one of token {@code k}: a full stop and the line break
     * after it end two sentences, the second empty.
     */
    private int sentenceBefore(int k) {
        int own = doc.sentence(k);
        for (int j = k - 1; j >= 0; j--) {
            if (doc.sentence(j) < own && doc.token(j).isWord()) {
                return doc.sentence(j);
            }
        }
        return own;
    }

    /** Whether the sentence of token {@code k} begins a line. */
    private boolean startsLine(int k) {
        int j = k;
        while (j > 0 && doc.sameSentence(j - 1, k)) {
            j--;
        }
        return j == 0 || doc.token(j).kind() == Token.Kind.BREAK || doc.token(j - 1).kind() == Token.Kind.BREAK;
    }

    /** The latest top-level figure before figure {@code i} that is a claim, in its sentence or the one before. */
    private Figure latestClaim(int i) {
        return latestClaim(i, null);
    }

    /** The latest top-level claim in this sentence or the one before, of {@code outcome} when not null. */
    private Figure latestClaim(int i, Outcome outcome) {
        Figure f = figures.get(i);
        // English text copied from the web ends a sentence with a full stop and a line break, two sentence ends
        // an Arabic release starts a new statement on a new line: "وبحسب التقرير فإن من بين الضحايا" refers to the
        // report's total, not to the incident of the paragraph before
        int previous = f.latin(doc) ? sentenceBefore(f.start) : startsLine(f.start) ? doc.sentence(f.start) : doc.sentence(f.start) - 1;
        for (int j = i - 1; j >= 0 && doc.sentence(figures.get(j).start) >= previous; j--) {
            Figure before = figures.get(j);
            if (before.outcome == null && !before.bare && before.parent == null && doc.sameSentence(before.start, f.start)) {
                return null; // "أنقذ 1369 شخصاً … ومن بين العدد الكلي أكثر من 200": the nearest total counts no casualties
            }
            if (!before.dropped && before.parent == null && before.outcome != null
                    && (outcome == null || before.outcome == outcome)) {
                return before;
            }
        }
        return null;
    }

    /**
     * A definite figure names people counted before ("قتل 4 مدنيين بينهم طفلان … والطفلان هما …", "More than
     * 70 people were killed … Out of the more than 70 civilian casualties, 14 were women"): it is the latest
     * earlier figure of its count and group within {@link #REPEAT_REACH}, a part or a whole, in its sentence
     * or before. That figure takes the finer group and the parts; the definite one is no figure of its own.
     * Linear: earlier figures are kept by count, those out of reach dropped once.
     */
    private void anaphora() {
        Map<Long, Deque<Figure>> byCount = new HashMap<>();
        Map<Figure, List<Figure>> parts = new IdentityHashMap<>();
        for (Figure f : figures) {
            if (f.parent != null) {
                parts.computeIfAbsent(f.parent, k -> new ArrayList<>()).add(f);
            }
        }
        for (Figure f : figures) {
            Deque<Figure> earlier = byCount.computeIfAbsent(f.count, k -> new ArrayDeque<>());
            int at = doc.token(f.start).start();
            while (!earlier.isEmpty() && at - doc.token(earlier.peekFirst().start).start() > REPEAT_REACH) {
                earlier.pollFirst();
            }
            Figure referent = f.definite ? referent(f, earlier) : null;
            if (referent == null) {
                earlier.addLast(f);
                continue;
            }
            f.dropped = true;
            if (referent.group == Group.PERSON) {
                referent.group = f.group;
            }
            if (referent.qualifier == Qualifier.EXACT) {
                referent.qualifier = f.qualifier;
            }
            for (Figure part : parts.getOrDefault(f, List.of())) {
                part.parent = referent;
            }
        }
    }

    private static Figure referent(Figure f, Deque<Figure> earlier) {
        for (java.util.Iterator<Figure> it = earlier.descendingIterator(); it.hasNext(); ) {
            Figure e = it.next();
            if (e != f.parent && !e.dropped && restates(e.group, f.group)
                    && (e.stated == null || f.stated == null || e.stated == f.stated)) {
                return e;
            }
        }
        return null;
    }

    /**
     * "أن 11 مدنياً بينهم 7 أطفال وأصيب 44 آخرون" (that 11 civilians, among them 7 children, and 44 others
     * were injured): a figure whose verb is left out before "and N others were injured" are the dead of the
     * statement. Only an Arabic cue after و marks the contrast; in "11 civilians and 44 others were
     * injured" the verb after both is theirs.
     */
    private boolean injuredOthersNext(int i) {
        Figure f = figures.get(i);
        for (int j = i + 1; j < figures.size() && doc.sameSentence(figures.get(j).start, f.start); j++) {
            Figure next = figures.get(j);
            if (next.parent == f) {
                continue;
            }
            int cue = next.start - 1;
            return next.others && next.stated == Outcome.INJURED && doc.isArabic(cue)
                    && doc.info(cue).before() == Outcome.INJURED && doc.hit(cue).conjoined();
        }
        return false;
    }

    /**
     * A figure of the title repeated in the body is one claim: the body's, which carries the detail,
     * with the qualifier either states. Parts of the title's figure that the body repeats go with it; others move to the body's figure.
     */
    private void repeatedTitle(List<Figure> claims) {
        if (doc.titleEnd() == 0) {
            return;
        }
        Map<Figure, List<Figure>> parts = partsByWhole(claims);
        Map<Repeat, List<Figure>> bodies = new HashMap<>();
        for (Figure body : claims) {
            if (body.start > doc.titleEnd() && body.parent == null) {
                bodies.computeIfAbsent(new Repeat(body.outcome, body.count), k -> new ArrayList<>()).add(body);
            }
        }
        for (Figure title : claims) {
            if (title.start >= doc.titleEnd() || title.parent != null) {
                continue;
            }
            for (Figure body : bodies.getOrDefault(new Repeat(title.outcome, title.count), List.of())) {
                if (same(title, body)) {
                    title.dropped = true;
                    if (body.group == Group.PERSON) {
                        body.group = title.group;
                    }
                    // "at least 35 children" in the headline, "35 children" in the body: one figure, at least
                    if (body.qualifier == Qualifier.EXACT) {
                        body.qualifier = title.qualifier;
                    }
                    List<Figure> bodyParts = parts.computeIfAbsent(body, b -> new ArrayList<>());
                    for (Figure part : parts.getOrDefault(title, List.of())) {
                        part.parent = body;
                        part.dropped = bodyParts.stream().anyMatch(p -> p != part && !p.dropped
                                && p.start > doc.titleEnd() && same(p, part));
                        bodyParts.add(part);
                    }
                    break;
                }
            }
        }
    }

    /** What a body figure must share with a title figure to repeat it (groups are compared apart). */
    private record Repeat(Outcome outcome, long count) {
    }

    /** The parts of each figure, in text order, read in one pass. */
    private static Map<Figure, List<Figure>> partsByWhole(List<Figure> claims) {
        Map<Figure, List<Figure>> parts = new IdentityHashMap<>();
        for (Figure f : claims) {
            if (f.parent != null) {
                parts.computeIfAbsent(f.parent, w -> new ArrayList<>()).add(f);
            }
        }
        return parts;
    }

    private static boolean same(Figure a, Figure b) {
        return a.outcome == b.outcome && a.count == b.count
                && (a.group == b.group || a.group == Group.PERSON || b.group == Group.PERSON);
    }

    /**
     * Top-level figures that follow a total and add up to it exactly are its breakdown: "1130 … 1114 in
     * the city … and 16 in the countryside". Parts already listed under the total count towards the sum
     * when they split it the same way (civilians and fighters of a total of persons).
     */
    private void breakdowns(List<Figure> claims) {
        Map<Figure, List<Figure>> parts = partsByWhole(claims);
        for (int i = 0; i < claims.size(); i++) {
            Figure whole = claims.get(i);
            if (whole.parent != null || whole.dropped) {
                continue;
            }
            long sum = 0;
            for (Figure p : parts.getOrDefault(whole, List.of())) {
                if (whole.group == Group.PERSON && splits(whole.group, p.group)) {
                    sum += p.count;
                }
            }
            // a monthly report splits its total several times over, one after the other: by identity known or
            // not, civilians and fighters, cause of death ("1,737 … 1,631 and 106 … 1,173 civilians and 564
            // fighters … 604 by gunfire, 630 by air strikes …"); each run that sums to it is a breakdown of it
            int j = i + 1;
            while (j < claims.size()) {
                List<Figure> taken = new ArrayList<>();
                boolean named = false;
                for (; j < claims.size() && sum < whole.count; j++) {
                    Figure f = claims.get(j);
                    if (f.parent != null) {
                        continue;
                    }
                    // "Ten members of one family were killed … The eight children and two women were killed": a
                    // run the article names as known splits the total by any group it holds
                    named |= taken.isEmpty() && f.definite && f.latin(doc);
                    if (f.outcome != whole.outcome || f.count >= whole.count
                            || !(splits(whole.group, f.group) || named && contains(whole.group, f.group, false))) {
                        break;
                    }
                    taken.add(f);
                    sum += f.count;
                }
                if (sum != whole.count || taken.isEmpty() || taken.size() == 1 && sum == taken.get(0).count
                        || separateStatements(taken)) {
                    break;
                }
                for (Figure f : taken) {
                    f.parent = whole;
                    f.breakdown = true;
                }
                sum = 0;
            }
        }
    }

    /**
     * English figures that add up to a total by chance in sentences of their own ("An airstrike killed 12 …
     * In a separate attack, shelling killed seven … A sniper killed five") are separate incidents. A split
     * of a total is written as one run: "1,173 civilians and 564 fighters", "604 by gunfire, 630 by air
     * strikes". Arabic statements spell a total out over several sentences, so the test is English only.
     */
    private boolean separateStatements(List<Figure> taken) {
        Figure first = taken.get(0);
        if (!first.latin(doc)) {
            return false;
        }
        for (Figure f : taken) {
            if (!doc.sameSentence(first.start, f.start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether figures of {@code part} divide a whole of {@code whole} among them without overlap. */
    private static boolean splits(Group whole, Group part) {
        if (whole == Group.PERSON) {
            return part == Group.CIVILIAN || part == Group.FIGHTER || part == Group.PERSON;
        }
        return whole == part;
    }
}
