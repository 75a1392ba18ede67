package org.marsad.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a place as a report writes it into ranked gazetteer units, best first, each with a precision note.
 * Place words and directions qualify the nearest name (ties go to the following name, "its" — ها — to the
 * preceding one); a name inside another named place ("سراقب بريف إدلب") is the more precise reading; words
 * the gazetteer does not hold are kept in the note, never guessed. Thread-safe.
 */
public final class PlaceResolver {
    private static final Comparator<Place> LARGER_FIRST =
            Comparator.comparingLong(Place::population).reversed().thenComparing(Place::pcode);

    private final Gazetteer gazetteer;
    private final MentionParser parser;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.parser = new MentionParser(gazetteer.names());
    }

    /** The best reading of a mention, if any word of it names a place: what a claim's place.pcode takes. */
    public Optional<Candidate> best(String mention) {
        return resolve(mention).stream().findFirst();
    }

    /** Every reading of a mention, best first; empty when no word of it names a place. */
    public List<Candidate> resolve(String mention) {
        List<MentionPart> parts = parser.parse(mention);
        Map<MentionPart, Modifiers> modifiers = bind(parts);
        String unlisted = unlistedNote(parts, modifiers);
        boolean inNeighbourhood = parts.stream().anyMatch(p -> p instanceof MentionPart.Unlisted
                && modifiers.get(p).has(PlaceWord.NEIGHBOURHOOD));

        List<Reading> readings = new ArrayList<>();
        for (MentionPart part : parts) {
            if (part instanceof MentionPart.Name name) {
                Modifiers m = inNeighbourhood ? modifiers.get(name).with(PlaceWord.CITY) : modifiers.get(name);
                List<AdminLevel> levels = m.levels();
                readings.add(new Reading(name, name.places().stream()
                        .sorted(Comparator.<Place>comparingInt(p -> levels.indexOf(p.level())).thenComparing(LARGER_FIRST))
                        .toList()));
            }
        }
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Reading reading : innermostFirst(readings)) {
            MentionPart.Name name = reading.name();
            String note = note(name.region(), modifiers.get(name).note(name.namesCountryside()),
                    name.approximate() ? "approximate spelling" : "", unlisted);
            for (Place place : reading.places()) {
                candidates.putIfAbsent(place.pcode(), Candidate.of(place, adm1(place), note));
            }
        }
        return List.copyOf(candidates.values());
    }

    /** A name of the mention with its places, most likely first. */
    private record Reading(MentionPart.Name name, List<Place> places) {
    }

    /** Each place word and direction qualifies the nearest name, unlisted run or mention of the country. */
    private static Map<MentionPart, Modifiers> bind(List<MentionPart> parts) {
        Map<MentionPart, Modifiers> bound = new IdentityHashMap<>();
        parts.stream().filter(PlaceResolver::isPlace).forEach(p -> bound.put(p, Modifiers.none()));
        for (MentionPart part : parts) {
            if (part instanceof MentionPart.Word w) {
                nearestPlace(parts, w, w.possessive()).ifPresent(t -> bound.put(t, bound.get(t).with(w.word())));
            } else if (part instanceof MentionPart.Heading h) {
                nearestPlace(parts, h, false).ifPresent(t -> bound.put(t, bound.get(t).with(h.direction())));
            }
        }
        return bound;
    }

    private static boolean isPlace(MentionPart part) {
        return part instanceof MentionPart.Name || part instanceof MentionPart.Unlisted
                || part instanceof MentionPart.Country;
    }

    private static Optional<MentionPart> nearestPlace(List<MentionPart> parts, MentionPart from, boolean backwards) {
        MentionPart nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (MentionPart part : parts) {
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
     * "صوران بريف حماة" Suran of Hama, not Suran of Aleppo. The others follow in the order written.
     */
    private List<Reading> innermostFirst(List<Reading> readings) {
        List<Reading> inner = new ArrayList<>();
        List<Reading> outer = new ArrayList<>();
        for (Reading reading : readings) {
            List<Place> inside = reading.places().stream()
                    .filter(p -> readings.stream().anyMatch(other -> other != reading
                            && other.places().stream().anyMatch(o -> !o.pcode().equals(p.pcode()) && gazetteer.within(p, o))))
                    .toList();
            if (inside.isEmpty()) {
                outer.add(reading);
            } else {
                inner.add(new Reading(reading.name(), inside));
            }
        }
        inner.addAll(outer);
        return inner;
    }

    private static String unlistedNote(List<MentionPart> parts, Map<MentionPart, Modifiers> modifiers) {
        return parts.stream()
                .filter(p -> p instanceof MentionPart.Unlisted)
                .map(p -> {
                    String kind = modifiers.get(p).note(false);
                    return "unlisted " + (kind.isEmpty() ? "place" : kind) + ": " + ((MentionPart.Unlisted) p).text();
                })
                .collect(Collectors.joining("; "));
    }

    private static String note(String... pieces) {
        return Arrays.stream(pieces).filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
    }

    private String adm1(Place place) {
        return gazetteer.adm1(place.pcode()).map(Place::pcode).orElse(place.pcode());
    }
}
