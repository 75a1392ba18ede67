package org.marsad.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The places under every key ({@link NameKeys}) of every name and alias. Words that only name the unit's
 * level (محافظة الرقة, "Raqqa Governorate", مركز الرقة) are left out of the keys, because the resolver reads
 * those words itself. Region names (الغوطة الشرقية) are kept apart: they stand for a unit that holds them.
 */
final class NameIndex {
    private final Map<String, Set<Place>> exact = new HashMap<>();
    private final Map<String, Set<Place>> skeleton = new HashMap<>();
    private final Map<String, Region> regions = new HashMap<>();
    private int longestName;

    NameIndex(Collection<Place> places, Collection<Region> regionList) {
        for (Place place : places) {
            Stream.concat(Stream.of(place.nameAr(), place.nameEn()), place.aliases().stream())
                    .forEach(name -> add(place, withoutUnitWords(folded(name))));
        }
        for (Region region : regionList) {
            for (String name : region.names()) {
                List<String> words = folded(name);
                longestName = Math.max(longestName, words.size());
                regions.put(NameKeys.exact(words), region);
                regions.put(NameKeys.bare(words), region);
            }
        }
    }

    private void add(Place place, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        longestName = Math.max(longestName, words.size());
        put(exact, NameKeys.exact(words), place);
        put(exact, NameKeys.bare(words), place);
        put(skeleton, NameKeys.skeleton(words), place);
    }

    private static void put(Map<String, Set<Place>> map, String key, Place place) {
        if (!key.isEmpty()) {
            map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(place);
        }
    }

    private static List<String> folded(String name) {
        return Token.split(name).stream().map(Token::folded).toList();
    }

    private static List<String> withoutUnitWords(List<String> words) {
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

    /** The most words any name has: no longer run of words need be looked up. */
    int longestName() {
        return longestName;
    }

    /** The region these folded words name, spelled exactly or without articles. */
    Optional<Region> region(List<String> words) {
        Region region = regions.get(NameKeys.exact(words));
        return Optional.ofNullable(region != null ? region : regions.get(NameKeys.bare(words)));
    }

    /** Places named by these folded words, spelled exactly or without articles. */
    Set<Place> exact(List<String> words) {
        Set<Place> spelled = exact.getOrDefault(NameKeys.exact(words), Set.of());
        Set<Place> bare = exact.getOrDefault(NameKeys.bare(words), Set.of());
        if (spelled.isEmpty() || bare.isEmpty() || spelled == bare) {
            return spelled.isEmpty() ? bare : spelled;
        }
        Set<Place> both = new LinkedHashSet<>(spelled);
        both.addAll(bare);
        return both;
    }

    /** Places a whole name names, spelled exactly or without articles, words for the unit ("محافظة") aside. */
    Set<Place> exactName(String name) {
        List<String> words = withoutUnitWords(folded(name));
        return words.isEmpty() ? Set.of() : exact(words);
    }

    /** Places whose Latin name has the same consonant skeleton: a looser match, tried after {@link #exact}. */
    Set<Place> approximate(List<String> words) {
        String key = NameKeys.skeleton(words);
        return key.isEmpty() ? Set.of() : skeleton.getOrDefault(key, Set.of());
    }
}
