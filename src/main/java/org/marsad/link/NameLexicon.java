package org.marsad.link;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name spellings of the records being linked, counted, and one shared {@link NamePart} per
 * spelling. The counts tell a real name from a typo: two spellings one letter apart that are both
 * frequent (محمد, أحمد) are two names, while a spelling far rarer than its neighbour is taken for a
 * slip of the pen.
 */
final class NameLexicon {

    /** How many times rarer than its neighbour a spelling must be to be read as a typo of it. */
    private static final int TYPO_RATIO = 20;

    /** How often an Arabic spelling must occur for a Latin spelling with its skeleton to be read as it. */
    private static final int ESTABLISHED = 10;

    private final Map<String, Integer> counts;
    private final java.util.Set<String> arabicSkeletons;
    private final ConcurrentHashMap<String, NamePart> parts = new ConcurrentHashMap<>();

    private NameLexicon(Map<String, Integer> counts) {
        this.counts = counts;
        this.arabicSkeletons = counts.entrySet().parallelStream()
                .filter(e -> e.getValue() >= ESTABLISHED && NameTokens.isArabicScript(e.getKey()))
                .map(e -> Skeleton.of(e.getKey()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static NameLexicon of(List<VictimRecord> records) {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        records.parallelStream().forEach(record -> {
            for (String token : NameTokens.of(record.name())) {
                counts.merge(token, 1, Integer::sum);
                String bare = PersonName.withoutArticle(token);
                if (!bare.equals(token)) {
                    counts.merge(bare, 1, Integer::sum);
                }
            }
        });
        return new NameLexicon(counts);
    }

    /** The shared part for a folded spelling. */
    NamePart part(String spelling) {
        return parts.computeIfAbsent(spelling, s -> new NamePart(s, counts.getOrDefault(s, 0),
                !NameTokens.isArabicScript(s) && arabicSkeletons.contains(Skeleton.of(s))));
    }

    /** Whether one of two spellings is so much rarer than the other that it may be a typo of it. */
    static boolean mayBeTypo(NamePart x, NamePart y) {
        return (long) Math.min(x.count(), y.count()) * TYPO_RATIO <= Math.max(x.count(), y.count());
    }
}
