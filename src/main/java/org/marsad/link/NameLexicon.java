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
    static final int ESTABLISHED = 10;

    private final Map<String, Integer> counts;
    /** For each skeleton, how often the commonest Arabic spelling with it occurs. */
    private final Map<String, Integer> arabicBySkeleton;
    private final ConcurrentHashMap<String, NamePart> parts = new ConcurrentHashMap<>();

    private NameLexicon(Map<String, Integer> counts) {
        this.counts = counts;
        this.arabicBySkeleton = counts.entrySet().parallelStream()
                .filter(e -> NameTokens.isArabicScript(e.getKey()))
                .collect(java.util.stream.Collectors.toConcurrentMap(e -> Skeleton.of(e.getKey()), Map.Entry::getValue,
                        Math::max));
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
                NameTokens.isArabicScript(s) ? 0 : arabicBySkeleton.getOrDefault(Skeleton.of(s), 0)));
    }

    /**
     * Whether one of two spellings is so much rarer than the other that it may be a typo of it. A Latin
     * spelling counts as often as the Arabic name it reads as: the Latin list is one of several and
     * splits each name among its transliterations, so يوف is a slip beside Youssef (يوسف).
     */
    static boolean mayBeTypo(NamePart x, NamePart y) {
        long a = frequency(x);
        long b = frequency(y);
        return Math.min(a, b) * TYPO_RATIO <= Math.max(a, b);
    }

    private static long frequency(NamePart part) {
        return Math.max(part.count(), part.arabicReading());
    }
}
