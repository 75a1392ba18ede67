package org.marsad.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a place as a report writes it into ranked gazetteer units, best first, each with a precision note
 * and a score. Place words and directions qualify the nearest name (ties go to the following name, "its" —
 * ها — to the preceding one); a name inside another named place ("سراقب بريف إدلب") is the more precise
 * reading and decides between places of one name; words the gazetteer does not hold are kept in the note,
 * never guessed. A wrong place is worse than none: readings scored under {@link #MIN_SCORE} are dropped,
 * and a mention naming a place abroad (the stop list of {@link ForeignNames}) resolves to no Syrian place
 * unless the mention itself puts it inside Syria. Thread-safe.
 */
public final class PlaceResolver {
    /**
     * Readings scored lower are not returned ("no place found"). Calibrated on CommunityResolutionTest's two
     * tables: the lowest score that keeps under 1% of foreign and misspelled mentions on a wrong place.
     */
    public static final double MIN_SCORE = 0.6;
    /** A name spelled as the gazetteer spells it, or without its articles. */
    private static final double EXACT = 1.0;
    /**
     * A Latin spelling matched by its consonant skeleton: a large unit's name (or its seat's) is seldom a
     * chance likeness, a village's short skeleton often is ("Zor" and "Izra" differ by one opening vowel),
     * so a village's score grows with the skeleton's length.
     */
    private static final double APPROXIMATE_UNIT = 0.8;
    private static final double[] APPROXIMATE_COMMUNITY_BY_LENGTH = {0, 0, 0.45, 0.6, 0.7, 0.75, 0.8};
    /**
     * Seats of units (Manbij, Masyaf) are scored as units; a skeleton of two letters names a governorate
     * ("Raqa") but is too short for a district, sub-district or town ("road" is not Rawda).
     */
    private static final int SHORTEST_UNIT_SKELETON = 3;
    /**
     * Words beside a village's name that the gazetteer does not hold may be part of the name ("زور شمر"
     * read as "زور"): such a reading is doubted, and falls under the threshold unless the mention places it.
     */
    private static final double BESIDE_UNLISTED_EXACT = 0.55;
    private static final double BESIDE_UNLISTED_APPROXIMATE = 0.5;
    /** A place inside another place the mention names ("صوران بريف حماة") is more likely meant. */
    private static final double PLACED_BONUS = 0.15;
    /** Readings of one name keep the order of their levels. */
    private static final double RANK_STEP = 0.01;

    /**
     * Places of one name, likelier first: the more populous unit; among towns, the seat of a larger unit,
     * then the one whose sub-district is more populous (a town of the same name in a busier area is the one
     * reports more often mean), then by p-code so the order is stable.
     */
    private final Comparator<Place> largerFirst = Comparator.comparingLong(Place::population).reversed()
            .thenComparingInt(p -> p.seat() == 0 ? Integer.MAX_VALUE : p.seat())
            .thenComparing(Comparator.comparingLong(this::areaPopulation).reversed())
            .thenComparing(Place::pcode);

    /**
     * Mentions resolved, with their answers: a batch names the same places again and again (a victims list of
     * 100,000 names holds a few thousand places), and a mention's answer depends on nothing but its text and
     * the gazetteer. About 350 bytes a mention; 16,384 mentions a generation ({@link Memo}), so at most some
     * 11 MB. Mentions longer than {@link #LONGEST_REMEMBERED} characters are not kept.
     */
    private final Memo<String, List<Candidate>> resolved;
    private static final int REMEMBERED = 16_384;
    private static final int LONGEST_REMEMBERED = 200;
    /** How many mentions were not in the memo and were resolved anew: what the bench reports. */
    private final java.util.concurrent.atomic.LongAdder anew = new java.util.concurrent.atomic.LongAdder();

    private final Gazetteer gazetteer;
    private final MentionParser parser;

    /** The resolver over the shipped gazetteer, made at first use and shared: the gazetteer takes a moment to load. */
    public static PlaceResolver shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final PlaceResolver INSTANCE = new PlaceResolver(Gazetteer.shipped());
    }

    public PlaceResolver(Gazetteer gazetteer) {
        this(gazetteer, true);
    }

    /** @param remember whether to keep answers for mentions asked again (the bench measures without too) */
    PlaceResolver(Gazetteer gazetteer, boolean remember) {
        this.gazetteer = gazetteer;
        this.parser = new MentionParser(gazetteer.names(), gazetteer.foreignNames());
        this.resolved = remember ? new Memo<>(REMEMBERED) : null;
    }

    /** The best reading of a mention, if any word of it names a place: what a claim's place.pcode takes. */
    public Optional<Candidate> best(String mention) {
        return resolve(mention).stream().findFirst();
    }

    /** Every reading of a mention scored at least {@link #MIN_SCORE}, best first; empty when none is. */
    public List<Candidate> resolve(String mention) {
        if (resolved == null || mention.length() > LONGEST_REMEMBERED) {
            anew.increment();
            return resolveAnew(mention);
        }
        List<Candidate> known = resolved.get(mention);
        if (known == null) {
            anew.increment();
            known = resolveAnew(mention);
            resolved.put(mention, known);
        }
        return known;
    }

    /** Mentions resolved so far that were not remembered. */
    long resolvedAnew() {
        return anew.sum();
    }

    private List<Candidate> resolveAnew(String mention) {
        List<Token> tokens = Token.split(mention);
        List<MentionPart> parts = parser.parse(tokens);
        Map<MentionPart, Modifiers> modifiers = bind(parts);
        boolean inNeighbourhood = false;
        boolean atBorder = false;
        for (int pIndex = 0; pIndex < parts.size(); pIndex++) {
            MentionPart p = parts.get(pIndex);
            inNeighbourhood |= p instanceof MentionPart.Unlisted && modifiers.get(p).has(PlaceWord.NEIGHBOURHOOD);
            atBorder |= p instanceof MentionPart.Border;
        }
        boolean abroad = false;
        for (int pIndex = 0; pIndex < parts.size(); pIndex++) {
            MentionPart p = parts.get(pIndex);
            abroad |= p instanceof MentionPart.Foreign f && (!f.country() || !atBorder);
        }

        List<Reading> readings = new ArrayList<>();
        for (int partIndex = 0; partIndex < parts.size(); partIndex++) {
            MentionPart part = parts.get(partIndex);
            MentionPart.Name name = part instanceof MentionPart.Foreign f ? f.homonym()
                    : part instanceof MentionPart.Name n ? n : null;
            if (name == null) {
                continue;
            }
            Modifiers m = inNeighbourhood ? modifiers.get(part).with(PlaceWord.CITY) : modifiers.get(part);
            List<AdminLevel> levels = m.levels();
            List<Place> places = ranked(name, levels);
            if (parts.size() == 1 && PersonNames.shipped().all(tokens, name.start(), name.end())) {
                places = name.approximate() ? List.of() : unitsAndSeats(places);
            }
            if (!places.isEmpty()) {
                readings.add(new Reading(name, m, places, false, part instanceof MentionPart.Foreign,
                        besideUnlisted(parts, part)));
            }
        }
        List<Reading> kept = new ArrayList<>();
        List<MentionPart> unheld = new ArrayList<>();
        List<Reading> ordered = innermostFirst(readings);
        for (int readingIndex = 0; readingIndex < ordered.size(); readingIndex++) {
            Reading reading = ordered.get(readingIndex);
            if (abroad && !reading.placed()) {
                continue;
            }
            if (reading.name().approximate() && allUnder(reading)) {
                unheld.add(reading.name());
            } else {
                kept.add(reading);
            }
        }
        List<PlaceNote> unlisted = unlistedNotes(parts, unheld, modifiers, tokens);
        // each place once, at its best reading: readings come innermost first, places best first within one
        List<Candidate> candidates = new ArrayList<>(4);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int readingIndex = 0; readingIndex < kept.size(); readingIndex++) {
            Reading reading = kept.get(readingIndex);
            MentionPart.Name name = reading.name();
            int communities = 0;
            for (int pIndex = 0; pIndex < reading.places().size(); pIndex++) {
                Place p = reading.places().get(pIndex);
                communities += p.level() == AdminLevel.COMMUNITY ? 1 : 0;
            }
            boolean ambiguous = !reading.placed() && communities > 1 && !reading.places().isEmpty()
                    && reading.places().get(0).level() == AdminLevel.COMMUNITY;
            List<PlaceNote> note = new ArrayList<>(2);
            if (name.region() != null) {
                note.add(PlaceNote.region(name.region()));
            }
            note.addAll(reading.modifiers().notes(name.namesCountryside()));
            if (name.approximate()) {
                note.add(PlaceNote.approximate());
            }
            if (ambiguous) {
                note.add(PlaceNote.ambiguous(communities));
            }
            note.addAll(unlisted);
            List<PlaceNote> notes = List.copyOf(note); // one copy the reading's candidates share
            for (int i = 0; i < reading.places().size(); i++) {
                Place place = reading.places().get(i);
                double score = score(reading, place) - RANK_STEP * i;
                if (score >= MIN_SCORE && seen.add(place.pcode())) {
                    candidates.add(Candidate.of(place, adm1(place), notes, Math.round(score * 1000) / 1000.0));
                }
            }
        }
        return List.copyOf(candidates);
    }

    /**
     * The places of one name in the order of the levels the mention points to, then nearer in spelling, then
     * larger. Closeness is an edit distance, so it is worked out once per place, not at every comparison.
     */
    private List<Place> ranked(MentionPart.Name name, List<AdminLevel> levels) {
        if (name.places().size() == 1) {
            return List.copyOf(name.places());
        }
        NameIndex index = gazetteer.names();
        List<Ranking> rankings = new ArrayList<>(name.places().size());
        for (Place p : name.places()) {
            rankings.add(new Ranking(p, levels.indexOf(p.level())));
        }
        rankings.sort((a, b) -> {
            if (a.level != b.level) {
                return Integer.compare(a.level, b.level);
            }
            int closer = Double.compare(b.closeness(index, name.key()), a.closeness(index, name.key()));
            return closer != 0 ? closer : largerFirst.compare(a.place, b.place);
        });
        List<Place> ranked = new ArrayList<>(rankings.size());
        for (int rIndex = 0; rIndex < rankings.size(); rIndex++) {
            Ranking r = rankings.get(rIndex);
            ranked.add(r.place);
        }
        return ranked;
    }

    /**
     * A place being ranked: its closeness (an edit distance to each of its spellings) is worked out only when
     * the level leaves a tie, and then once, as the levels alone order most names shared by several units.
     */
    private static final class Ranking {
        final Place place;
        final int level;
        double closeness = -1;

        Ranking(Place place, int level) {
            this.place = place;
            this.level = level;
        }

        double closeness(NameIndex index, String key) {
            if (closeness < 0) {
                closeness = index.closeness(place, key);
            }
            return closeness;
        }
    }

    /**
     * A name of the mention with its places, most likely first; {@code placed} when another name of the
     * mention holds them.
     */
    private record Reading(MentionPart.Name name, Modifiers modifiers, List<Place> places, boolean placed,
                           boolean foreignHomonym, boolean besideUnlisted) {
        /**
         * A one-word name beside words the gazetteer lacks may be a longer name's first word ("Bab Amr" is a
         * quarter of Homs, not the district of al-Bab beside a stray word), so it is doubted at every level
         * below a governorate, whose names are written too often to doubt ("Raqqa cityy" is still Raqqa).
         */
        boolean opensName() {
            return name.end() - name.start() == 1 && besideUnlisted;
        }

        Reading narrowed(List<Place> inside) {
            return new Reading(name, modifiers, inside, true, foreignHomonym, besideUnlisted);
        }
    }

    /**
     * A mention that is only a given name or a common word ("Hassan", "محمد", "Mosque") names a person or a
     * thing, not the village of that name: only units and the towns that are seats of units (Jasim, Salma)
     * spelled as the gazetteer spells them are kept, never a loose likeness. Written beside a place word (قرية خالد, "village of Khaled") or a place (Khaled, Raqqa), the
     * mention is more than the name and this is not asked.
     */
    private static List<Place> unitsAndSeats(List<Place> places) {
        List<Place> kept = new ArrayList<>(places.size());
        for (int pIndex = 0; pIndex < places.size(); pIndex++) {
            Place p = places.get(pIndex);
            if (p.level() != AdminLevel.COMMUNITY || p.seat() > 0) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static boolean allUnder(Reading reading) {
        for (int pIndex = 0; pIndex < reading.places().size(); pIndex++) {
            Place p = reading.places().get(pIndex);
            if (score(reading, p) >= MIN_SCORE) {
                return false;
            }
        }
        return true;
    }

    private static double score(Reading reading, Place place) {
        MentionPart.Name name = reading.name();
        boolean community = place.level() == AdminLevel.COMMUNITY;
        double score = EXACT;
        if (name.approximate()) {
            int length = Math.min(name.skeleton(), APPROXIMATE_COMMUNITY_BY_LENGTH.length - 1);
            if (community && place.seat() == 0) {
                score = APPROXIMATE_COMMUNITY_BY_LENGTH[length];
            } else {
                score = length >= SHORTEST_UNIT_SKELETON || place.level() == AdminLevel.GOVERNORATE
                        ? APPROXIMATE_UNIT : APPROXIMATE_COMMUNITY_BY_LENGTH[length];
            }
        }
        if (reading.besideUnlisted() && (community || name.approximate()
                || reading.opensName() && place.level() != AdminLevel.GOVERNORATE)) {
            score *= name.approximate() ? BESIDE_UNLISTED_APPROXIMATE : BESIDE_UNLISTED_EXACT;
        }
        if (reading.placed()) {
            score = Math.min(EXACT, score + PLACED_BONUS);
        }
        return score;
    }

    /**
     * Whether words the gazetteer does not hold, or another name, touch this part: they may belong to its
     * name ("Zor Shammar" is one village, not Zor beside Shammar). Latin words in lower case do not: English
     * capitalizes every word of a name, so "ancient Palmyra" and "besieged Madaya" name Palmyra and Madaya. A name that holds this one is no doubt
     * but its place ("Nawa, Daraa"), and the resolver reads it so before scoring.
     */
    private boolean besideUnlisted(List<MentionPart> parts, MentionPart part) {
        for (int pIndex = 0; pIndex < parts.size(); pIndex++) {
            MentionPart p = parts.get(pIndex);
            if ((p.end() == part.start() || p.start() == part.end())
                    && (p instanceof MentionPart.Unlisted u && !u.lowerCaseLatin()
                        || p instanceof MentionPart.Name other && part instanceof MentionPart.Name self
                            && !holds(other, self) && !holds(self, other))) {
                return true;
            }
        }
        return false;
    }

    private boolean holds(MentionPart.Name outer, MentionPart.Name inner) {
        for (Place p : inner.places()) {
            if (insideAnother(p, outer.places())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the place lies inside one of {@code outer} other than itself. */
    private boolean insideAnother(Place place, java.util.Collection<Place> outer) {
        for (Place o : outer) {
            if (!o.equals(place) && gazetteer.within(place, o)) {
                return true;
            }
        }
        return false;
    }

    /** Each place word and direction qualifies the nearest name, unlisted run or mention of a country. */
    private static Map<MentionPart, Modifiers> bind(List<MentionPart> parts) {
        Map<MentionPart, Modifiers> bound = new IdentityHashMap<>(parts.size());
        for (int pIndex = 0; pIndex < parts.size(); pIndex++) {
            MentionPart p = parts.get(pIndex);
            if (isPlace(p)) {
                bound.put(p, Modifiers.none());
            }
        }
        for (int partIndex = 0; partIndex < parts.size(); partIndex++) {
            MentionPart part = parts.get(partIndex);
            if (part instanceof MentionPart.Word w) {
                nearestPlace(parts, w, w.possessive()).ifPresent(t -> bound.put(t, bound.get(t).with(w.word())));
            } else if (part instanceof MentionPart.Heading h) {
                // "north of Aleppo", شمال حلب: a direction written as a noun points at the place after it
                Optional<MentionPart> target = h.toward() ? nextPlace(parts, h) : Optional.empty();
                target.or(() -> nearestPlace(parts, h, false)).ifPresent(t -> bound.put(t,
                        bound.get(t).with(h.direction(), h.toward() && h.end() <= t.start())));
            }
        }
        return bound;
    }

    private static boolean isPlace(MentionPart part) {
        return part instanceof MentionPart.Name || part instanceof MentionPart.Unlisted
                || part instanceof MentionPart.Country || part instanceof MentionPart.Foreign;
    }

    private static Optional<MentionPart> nextPlace(List<MentionPart> parts, MentionPart from) {
        for (int partIndex = 0; partIndex < parts.size(); partIndex++) {
            MentionPart part = parts.get(partIndex);
            if (isPlace(part) && part.start() >= from.end()) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    private static Optional<MentionPart> nearestPlace(List<MentionPart> parts, MentionPart from, boolean backwards) {
        MentionPart nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (int partIndex = 0; partIndex < parts.size(); partIndex++) {
            MentionPart part = parts.get(partIndex);
            if (!isPlace(part)) {
                continue;
            }
            boolean after = part.start() >= from.end();
            int distance = after ? part.start() - from.end() : from.start() - part.end();
            if (distance < nearestDistance || distance == nearestDistance && after && !backwards) {
                nearest = part;
                nearestDistance = distance;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /**
     * Names whose places lie inside another name's places come first, narrowed to those inside: in
     * "صوران بريف حماة" Suran of Hama, not Suran of Aleppo. The others follow in the order written. A
     * foreign name's Syrian homonym counts only when placed so ("صور بريف دير الزور").
     */
    private List<Reading> innermostFirst(List<Reading> readings) {
        List<Reading> inner = new ArrayList<>();
        List<Reading> outer = new ArrayList<>();
        for (int readingIndex = 0; readingIndex < readings.size(); readingIndex++) {
            Reading reading = readings.get(readingIndex);
            List<Place> inside = new ArrayList<>();
            if (readings.size() > 1) {
                for (int pIndex = 0; pIndex < reading.places().size(); pIndex++) {
                    Place p = reading.places().get(pIndex);
                    for (int otherIndex = 0; otherIndex < readings.size(); otherIndex++) {
                        Reading other = readings.get(otherIndex);
                        if (other != reading && !other.foreignHomonym() && insideAnother(p, other.places())) {
                            inside.add(p);
                            break;
                        }
                    }
                }
            }
            if (!inside.isEmpty()) {
                inner.add(reading.narrowed(inside));
            } else if (!reading.foreignHomonym()) {
                outer.add(reading);
            }
        }
        inner.addAll(outer);
        return inner;
    }

    /**
     * The words the gazetteer does not hold, run by run as written, with what kind of place they are said
     * to be. A loosely spelled name whose every reading scored under {@link #MIN_SCORE} counts among them:
     * "زور شمر" is one unlisted village, not زور beside a doubtful شمرة.
     */
    private static List<PlaceNote> unlistedNotes(List<MentionPart> parts, List<MentionPart> unheld,
                                                 Map<MentionPart, Modifiers> modifiers, List<Token> tokens) {
        boolean any = !unheld.isEmpty();
        for (int partIndex = 0; partIndex < parts.size(); partIndex++) {
            MentionPart part = parts.get(partIndex);
            any |= part instanceof MentionPart.Unlisted;
        }
        if (!any) {
            return List.of();
        }
        List<PlaceNote> notes = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        MentionPart first = null;
        int end = -1;
        for (int partIndex = 0; partIndex < parts.size(); partIndex++) {
            MentionPart part = parts.get(partIndex);
            boolean unlisted = part instanceof MentionPart.Unlisted || unheld.contains(part);
            if (unlisted && part.start() == end && first != null) {
                run.append(' ').append(text(part, tokens));
            } else {
                if (first != null) {
                    notes.add(modifiers.get(first).unlisted(run.toString()));
                }
                first = unlisted ? part : null;
                run.setLength(0);
                if (unlisted) {
                    run.append(text(part, tokens));
                }
            }
            end = unlisted ? part.end() : -1;
        }
        if (first != null) {
            notes.add(modifiers.get(first).unlisted(run.toString()));
        }
        return notes;
    }

    private static String text(MentionPart part, List<Token> tokens) {
        if (part instanceof MentionPart.Unlisted u) {
            return u.text();
        }
        return tokens.subList(part.start(), part.end()).stream().map(Token::raw).collect(Collectors.joining(" "));
    }

    private long areaPopulation(Place place) {
        return gazetteer.areaPopulation(place);
    }

    /** The governorate's p-code: the last of the place's chain, or the place itself at the top. */
    private String adm1(Place place) {
        List<Place> above = gazetteer.ancestors(place.pcode());
        Place top = above.isEmpty() ? place : above.get(above.size() - 1);
        if (top.level() == AdminLevel.GOVERNORATE) {
            return top.pcode();
        }
        return gazetteer.adm1(place.pcode()).map(Place::pcode).orElse(place.pcode());
    }
}
