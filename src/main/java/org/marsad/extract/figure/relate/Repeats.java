package org.marsad.extract.figure.relate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.extract.Group;
import org.marsad.extract.Qualifier;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.PlaceWords;
import org.marsad.extract.figure.Figure;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Months;

/**
 * A figure said again (a subtitle, a summary, a quote, the same figure in digits and words) is one claim,
 * and "of the dead" figures restate or split one counted before.
 */
final class Repeats {

    /**
     * How far apart (characters) a figure and its repeat may stand. A report restates its figures in its
     * lead, body and summary, a few paragraphs apart; a compilation of reports (a month of bulletins in one
     * file) holds many figures of the same count that are different deaths. On the 80 real reports the
     * score is the same for any reach from 2,000 characters to the whole text (F1 0.829, 2026-12-05), and
     * 10 characters loses repeats (0.812); 5,000 keeps a report's restatements within reach.
     */
    static final int REPEAT_REACH = 5_000;

    /** Words after a figure in which its place is told ("في قرية الحراك بريف درعا الشرقي"). */
    private static final int PLACE_REACH = 10;

    private final Document doc;

    Repeats(Document doc) {
        this.doc = doc;
    }

    /** "Ten people were also killed in an earlier attack": more deaths, not the same figure said again. */
    private boolean also(Figure f) {
        for (int k = f.end; k < f.end + 3 && k < doc.size() && doc.isLatin(k); k++) {
            if (doc.isWord(k, "also") || doc.isWord(k, "too")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure the report states again in a later sentence (a subtitle, a summary, a paragraph the page
     * prints twice, the same figure in digits and in words) is one claim: the first, given the more
     * precise group of the two and the qualifier either states. Single persons are left alone: two
     * persons killed in two places are often two claims of one. Parts of the repeat that the first
     * already has are dropped; others move to it. Linear: earlier figures are found by outcome and count.
     */
    void repeats(List<Figure> claims) {
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
                            && (GroupRelations.restates(e.group, f.group) || toldAgain(e, f)) && !partsDiffer(parts.get(e), parts.get(f))
                            && !placesDiffer(e, f) && !daysDiffer(e, f) && earlierEvent(e) == earlierEvent(f)) {
                        first = e;
                        break;
                    }
                }
            }
            if (first == null && f.parent != null) {
                leadAgain(f, earlier, parts);
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
        partsToldAgain(claims);
    }

    /**
     * English words that open the parts of a whole beside the lexicon's part words ("including", "among",
     * بينهم): "the dead includes", "the victims included nine children".
     */
    private static final Set<String> ALSO_PART_WORDS = Set.of("includes", "included");
    /** How many tokens before an English figure its "including" may stand, the list's earlier items between. */
    private static final int PART_WORD_REACH = 8;

    /**
     * "killed 15 members of a family, including nine children and three women. … Bassal gave a list of those
     * killed, including nine children and three women": the parts said again in a sentence whose whole has no
     * number are the parts counted before, not more deaths; so is a headline's "kills family, including four
     * children" before the body's "killing nine residents including four children". Of a part of a whole and a
     * figure written as a part with no whole of its own, of one outcome, count and group in two sentences within
     * reach, the one with no whole is dropped. The same in Arabic: "مقتل 15 شخصاً بينهم تسعة أطفال … وأورد
     * قائمة بأسماء القتلى، بينهم تسعة أطفال" (he gave a list of the dead, among them nine children).
     */
    private void partsToldAgain(List<Figure> claims) {
        Map<String, List<Figure>> partsByCount = new HashMap<>();
        Set<Figure> wholes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Figure f : claims) {
            if (!f.dropped && f.parent != null) {
                wholes.add(f.parent);
                partsByCount.computeIfAbsent(f.outcome + " " + f.count + " " + f.group, k -> new ArrayList<>()).add(f);
            }
        }
        List<Figure> orphans = new ArrayList<>();
        for (Figure f : claims) {
            if (!f.dropped && f.parent == null && f.count >= 2 && f.group != Group.PERSON && !wholes.contains(f)
                    && writtenAsPart(f)) {
                orphans.add(f);
            }
        }
        for (Figure f : orphans) {
            for (Figure part : partsByCount.getOrDefault(f.outcome + " " + f.count + " " + f.group, List.of())) {
                if (!part.dropped && !doc.sameSentence(part.start, f.start)
                        && Math.abs(doc.token(f.start).start() - doc.token(part.start).start()) <= REPEAT_REACH) {
                    f.dropped = true;
                    break;
                }
            }
        }
    }

    /**
     * Whether an "including" or "among" opens the list this figure is an item of, in its sentence; in Arabic
     * بينهم/منهم/ضمنهم.
     */
    private boolean writtenAsPart(Figure f) {
        for (int k = f.start - 1; k >= Math.max(0, f.start - PART_WORD_REACH) && doc.sameSentence(k, f.start); k--) {
            if (doc.has(k, Lexicon.PART) || doc.isLatin(k) && ALSO_PART_WORDS.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "مقتل 17 طفلا على الأقل" in the lead, then "39 مدنيا بينهم 17 طفلا": a lead often tells first the part
     * of a toll it leads with, and the body the whole it is part of. The part in the body is that figure; the
     * lead's is dropped, its qualifier kept. Only a figure of the lead (a title line and the first sentence),
     * of the very group of the part, with no parts of its own, not of another place or day.
     */
    private void leadAgain(Figure part, Deque<Figure> earlier, Map<Figure, List<Figure>> parts) {
        for (Figure e : earlier) {
            if (!e.dropped && e.parent == null && inLead(e) && e.group == part.group
                    && !parts.containsKey(e) && !part.others
                    && !doc.sameSentence(e.start, part.start) && !placesDiffer(e, part) && !daysDiffer(e, part)) {
                e.dropped = true;
                if (part.qualifier == Qualifier.EXACT) {
                    part.qualifier = e.qualifier;
                }
                return;
            }
        }
    }

    /** Whether the figure is in the report's lead: its title line, if it has one, and its first sentence. */
    private boolean inLead(Figure f) {
        return doc.sentence(f.start) <= (doc.titleEnd() > 0 ? 1 : 0);
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
        String pa = placeOf(a);
        String pb = placeOf(b);
        if (pa == null || pb == null || pa.equals(pb)) {
            return false;
        }
        // "قتل 4 في قرية الحراك بريف درعا" and "وفي درعا، قتل 4": a sentence opened by the governorate alone
        // names the place the other figure's words already hold, not another one
        return !(placeAfter(a) == null && namedAfter(b, pa)) && !(placeAfter(b) == null && namedAfter(a, pb));
    }

    /** Whether {@code name} is one of the words after the figure, in its sentence, where its place is told. */
    private boolean namedAfter(Figure f, String name) {
        for (int k = f.end; k < Math.min(doc.size(), f.end + PLACE_REACH) && doc.sameSentence(k, f.start); k++) {
            if (doc.token(k).is(name)) {
                return true;
            }
        }
        return false;
    }

    /** The place after the figure, else the place its sentence opens with ("وفي مدينة درعا، قتل 3"). */
    private String placeOf(Figure f) {
        String after = placeAfter(f);
        return after != null ? after : placeFronted(f);
    }

    /**
     * "وفي درعا، قتل 3" (and in Daraa, 3 were killed): a sentence that opens with في and a place set off by a
     * comma before its figure. Only there may a bare name stand for a place: "في القصف" after a figure may be
     * its cause. A time ("وفي اليوم التالي،", "وفي الساعة الثامنة،") is no place.
     */
    private String placeFronted(Figure f) {
        int k = f.start - 1;
        while (k > 0 && doc.sameSentence(k - 1, f.start)) {
            k--;
        }
        int in = doc.isWord(k, "في") || doc.isWord(k, "وفي") ? k : doc.isWord(k, "و") && doc.isWord(k + 1, "في") ? k + 1 : -1;
        if (in < 0 || in + 2 >= f.start || !doc.isArabic(in + 1)) {
            return null;
        }
        int name = PlaceWords.headsPlace(doc, in + 1) ? in + 2 : in + 1;
        if (!doc.isArabic(name) || doc.has(name, Lexicon.UNIT) || doc.noun(name) != null
                || doc.token(name).norm().startsWith("ال") && doc.hit(name).info() != org.marsad.extract.document.WordInfo.NONE) {
            return null;
        }
        for (int j = name + 1; j < f.start && j <= name + 3; j++) {
            if (doc.token(j).is("،") || doc.token(j).is(",")) {
                return doc.token(name).norm();
            }
        }
        return null;
    }

    /** Words before a weekday that make it a day ("يوم الاثنين"): bare, الاثنين is also "the two". */
    private static final Set<String> DAY_WORDS = Stream.of("يوم", "ويوم", "صباح", "مساء",
            "فجر", "ليلة", "ظهر", "عصر", "on", "last", "early", "late").map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Two figures of one count told on two named days ("قتل 3 … يوم الاثنين" and "وقتل 3 آخرون يوم الأربعاء")
     * are two tolls, as two places are. The day is the named weekday nearest the figure in its sentence.
     */
    private boolean daysDiffer(Figure a, Figure b) {
        java.time.DayOfWeek da = dayOf(a);
        java.time.DayOfWeek db = dayOf(b);
        return da != null && db != null && da != db;
    }

    /** Tokens back from a figure to the "when" of the clause it is in. */
    private static final int WHEN_REACH = 30;
    /** Tokens back from that clause's comma to the date or "since" before it. */
    private static final int DATE_REACH = 5;

    /**
     * "the worst bombing since Jan. 19, when a suicide attacker … killed 22 people": a figure in a clause
     * opened by "when" after a date or "since" recalls another, earlier event, whose toll may be the same
     * number as today's and is no repeat of it. The walk back crosses the full stop of "Jan.".
     */
    private boolean earlierEvent(Figure f) {
        for (int k = f.start - 1; k > 0 && f.start - k <= WHEN_REACH; k--) {
            if (doc.token(k).kind() == org.marsad.text.Token.Kind.BREAK) {
                return false;
            }
            if (doc.isWord(k, "when") && doc.token(k - 1).is(",")) {
                for (int j = k - 2; j >= Math.max(0, k - 1 - DATE_REACH); j--) {
                    if (doc.isWord(j, "since") || doc.isLatin(j) && Months.read(doc.tokens(), j) != null) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private java.time.DayOfWeek dayOf(Figure f) {
        java.time.DayOfWeek day = null;
        int distance = Integer.MAX_VALUE;
        for (int k = f.start - 1; k >= 0 && doc.sameSentence(k, f.start) && f.start - k < distance; k--) {
            java.time.DayOfWeek d = weekday(k);
            if (d != null) {
                day = d;
                distance = f.start - k;
            }
        }
        for (int k = f.end; k < doc.size() && doc.sameSentence(k, f.start) && k - f.end < distance; k++) {
            java.time.DayOfWeek d = weekday(k);
            if (d != null) {
                return d;
            }
        }
        return day;
    }

    private java.time.DayOfWeek weekday(int k) {
        java.time.DayOfWeek d = org.marsad.text.Weekdays.of(doc.token(k).norm());
        if (d == null || doc.isLatin(k)) {
            return d;
        }
        return k > 0 && DAY_WORDS.contains(doc.token(k - 1).norm()) || d != java.time.DayOfWeek.MONDAY ? d : null;
    }

    private static final Set<String> PLACES_HEADS = Stream.of("قرى", "بلدات", "أحياء",
            "مدن").map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    private String placeAfter(Figure f) {
        for (int k = f.end; k < Math.min(doc.size() - 1, f.end + PLACE_REACH) && doc.sameSentence(k, f.start); k++) {
            if (!doc.isArabic(k)) {
                return null;
            }
            if (PlaceWords.headsPlace(doc, k) || PLACES_HEADS.contains(doc.token(k).norm())) {
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
    void ofTheDead(List<Figure> claims) {
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
                if (e.count == f.count && GroupRelations.restates(e.group, f.group) || e.count == f.count && e.group == Group.CHILD
                        && f.group == Group.PERSON) {
                    f.dropped = true;
                    break;
                }
                if (e.count > f.count && GroupRelations.contains(e.group, f.group, false)) {
                    f.parent = e;
                    break;
                }
            }
        }
    }

    /** English verbs by which a witness or official tells again what a report already counted. */
    private static final Set<String> TOLD = Set.of("said", "told", "says", "recounted",
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
                if (!p.dropped && !q.dropped && p.group == q.group && !GroupRelations.broad(p.group) && p.outcome == q.outcome
                        && p.count != q.count) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasPart(List<Figure> parts, Figure part) {
        for (Figure p : parts) {
            if (p != part && !p.dropped && p.count == part.count && p.outcome == part.outcome
                    && GroupRelations.sameGroup(p.group, part.group)) {
                return true;
            }
        }
        return false;
    }
}
