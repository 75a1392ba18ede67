package org.marsad.place.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marsad.place.AdminLevel;
import org.marsad.place.Candidate;
import org.marsad.place.Gazetteer;
import org.marsad.place.Place;
import org.marsad.place.PlaceNote;
import org.marsad.place.PlaceResolver;
import org.marsad.place.gazetteer.PersonNames;
import org.marsad.place.index.NameIndex;
import org.marsad.place.mention.Modifiers;
import org.marsad.place.mention.PlaceWord;
import org.marsad.place.mention.Token;

/**
 * Resolves one mention anew (the resolver's memo aside): splits it into parts ({@link MentionParser}), binds
 * the place words and directions to the names they qualify ({@link ModifierBinding}), reads each name's
 * places at the levels the mention points to, puts names inside another named place first and narrowed to
 * it, scores each place ({@link Reading}) and words the notes. Thread-safe: it keeps nothing between mentions.
 */
public final class MentionResolver {
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

    private final Gazetteer gazetteer;
    private final MentionParser parser;

    public MentionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.parser = new MentionParser(gazetteer.names(), gazetteer.foreignNames());
    }

    /** Every reading of a mention scored at least {@link PlaceResolver#MIN_SCORE}, best first, worked out anew. */
    public List<Candidate> resolve(String mention) {
        List<Token> tokens = Token.split(mention);
        List<MentionPart> parts = parser.parse(tokens);
        Map<MentionPart, Modifiers> modifiers = ModifierBinding.bind(parts);
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
            if (reading.name().approximate() && reading.allUnder()) {
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
                double score = reading.score(place) - RANK_STEP * i;
                if (score >= PlaceResolver.MIN_SCORE && seen.add(place.pcode())) {
                    candidates.add(candidate(place, adm1(place), notes, Math.round(score * 1000) / 1000.0));
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
     * to be. A loosely spelled name whose every reading scored under {@link PlaceResolver#MIN_SCORE} counts among them:
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

    private static Candidate candidate(Place place, String adm1, List<PlaceNote> notes, double score) {
        return new Candidate(place.pcode(), place.level(), place.nameAr(), place.nameEn(), adm1,
                place.lat(), place.lon(), notes, score);
    }
}
