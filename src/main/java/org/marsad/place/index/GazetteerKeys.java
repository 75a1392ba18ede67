package org.marsad.place.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.place.Place;
import org.marsad.place.mention.PlaceWord;
import org.marsad.place.mention.Token;
import org.marsad.place.name.NameKeys;
import org.marsad.place.name.Romanization;
import org.marsad.text.SpellingFolding;

/**
 * The keys of every name of a gazetteer: each place's keys in the gazetteer's order, the head words (first
 * words of many names) and the most words of a name. Worked out here from the names ({@link #of}), or read
 * as worked out ahead ({@link ShippedKeys}).
 */
public record GazetteerKeys(List<PlaceKeys> places, Set<String> heads, int longestName) {
    /** A word that opens this many names or more is a head (تل، خربة، Tal, Kafr): 5 leaves out given names. */
    private static final int NAME_HEAD = 5;

    /**
     * The keys of every place's names, worked out from the names: what {@link ShippedKeys} holds ahead, as
     * folding and keying some 15,000 names was most of a first load, all of it in code not yet compiled.
     */
    public static GazetteerKeys of(List<Place> places, Map<Place, List<Place>> seats) {
        Map<String, NameForms> forms = new HashMap<>(places.size() * 4);
        List<PlaceKeys> keys = new ArrayList<>(places.size());
        Map<String, Integer> firstWords = new HashMap<>();
        int longest = 0;
        for (Place place : places) {
            List<NameForms> own = new ArrayList<>(4);
            addForms(place, forms, own);
            for (Place unit : seats.getOrDefault(place, List.of())) {
                addForms(unit, forms, own);
            }
            Set<String> exactKeys = new LinkedHashSet<>();
            Set<String> skeletonKeys = new LinkedHashSet<>();
            Set<String> soundKeys = new LinkedHashSet<>();
            Set<String> ownKeys = new LinkedHashSet<>();
            for (int i = 0; i < own.size(); i++) {
                NameForms name = own.get(i);
                if (!name.words().isEmpty()) {
                    longest = Math.max(longest, name.words().size());
                    exactKeys.add(name.exact());
                    exactKeys.add(name.bare());
                    skeletonKeys.add(name.loose());
                    skeletonKeys.add(name.romanized());
                    soundKeys.add(name.sound());
                }
                ownKeys.add(name.ownBare());
                ownKeys.add(name.spelling());
                if (name.firstWord() != null && i < ownNameCount(place)) {
                    firstWords.merge(name.firstWord(), 1, Integer::sum);
                    firstWords.merge(name.firstSkeleton(), 1, Integer::sum);
                }
            }
            keys.add(new PlaceKeys(joined(exactKeys), joined(skeletonKeys), joined(soundKeys), joined(ownKeys)));
        }
        Set<String> heads = new HashSet<>();
        firstWords.forEach((word, count) -> {
            if (count >= NAME_HEAD && !word.isEmpty()) {
                heads.add(word);
            }
        });
        return new GazetteerKeys(keys, heads, longest);
    }

    private static String joined(Set<String> keys) {
        keys.remove("");
        return String.join("|", keys);
    }

    /**
     * The keys of one name, worked out once per spelling (a seat's unit shares it, aliases repeat).
     *
     * @param words      the folded words without words for the unit's level: what the index keys are made of
     * @param ownBare    the whole name without articles, unit words kept: what spelling closeness compares
     * @param firstWord  the folded first word of a name of several words (a head candidate), else null
     * @param loose      the skeleton of the name in its own script ({@link NameKeys#loose})
     * @param romanized  for an Arabic name, the Latin skeleton of its romanizations ({@link Romanization}), else ""
     * @param sound      its sound ({@link NameKeys#sound}; for an Arabic name its stem)
     * @param spelling   what a Latin spelling is compared with: a Latin name's sound, an Arabic name's
     *                   rough romanization
     */
    private record NameForms(List<String> words, String exact, String bare, String loose, String romanized,
                             String sound, String spelling, String ownBare, String firstWord, String firstSkeleton) {
        static NameForms of(String name) {
            List<String> folded = folded(name);
            List<String> words = withoutUnitWords(folded);
            boolean several = folded.size() > 1;
            boolean arabic = !words.isEmpty() && !words.get(0).isEmpty()
                    && SpellingFolding.isArabic(words.get(0).charAt(0));
            String sound = NameKeys.sound(words);
            return new NameForms(words, NameKeys.exact(words), NameKeys.bare(words), NameKeys.loose(words),
                    arabic ? Romanization.skeleton(words) : "", sound,
                    arabic ? Romanization.spelling(words) : sound,
                    NameKeys.bare(folded), several ? folded.get(0) : null,
                    several ? NameKeys.skeleton(folded.subList(0, 1)) : null);
        }
    }

    private static void addForms(Place place, Map<String, NameForms> forms, List<NameForms> into) {
        into.add(forms.computeIfAbsent(place.nameAr(), NameForms::of));
        into.add(forms.computeIfAbsent(place.nameEn(), NameForms::of));
        for (String alias : place.aliases()) {
            into.add(forms.computeIfAbsent(alias, NameForms::of));
        }
    }

    private static int ownNameCount(Place place) {
        return 2 + place.aliases().size();
    }

    private static Stream<String> names(Place place) {
        return Stream.concat(Stream.of(place.nameAr(), place.nameEn()), place.aliases().stream());
    }

    /** Whether two places share a name, spelled exactly, without articles or by the same skeleton. */
    public static boolean shareAName(Place a, Place b) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        names(a).map(n -> withoutUnitWords(folded(n))).filter(w -> !w.isEmpty())
                .forEach(w -> keys.addAll(List.of(NameKeys.bare(w), NameKeys.skeleton(w))));
        keys.remove("");
        return names(b).map(n -> withoutUnitWords(folded(n))).filter(w -> !w.isEmpty())
                .anyMatch(w -> keys.contains(NameKeys.bare(w)) || keys.contains(NameKeys.skeleton(w)));
    }

    /** The folded words of a name without the words for its unit's level before or after it (محافظة، "Governorate"). */
    static List<String> withoutUnitWords(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        while (kept.size() > 1 && isUnitWord(kept.get(0))) {
            kept.remove(0);
        }
        while (kept.size() > 1 && isUnitWord(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    private static boolean isUnitWord(String folded) {
        return PlaceWord.of(folded).filter(f -> !f.possessive() && f.word().namesUnit()).isPresent();
    }

    private static List<String> folded(String name) {
        return Token.foldedWords(name);
    }
}
