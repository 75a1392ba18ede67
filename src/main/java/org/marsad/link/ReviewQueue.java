package org.marsad.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.person.LinkDecision.Placement;

/**
 * The pairs a person should review, ordered so that the first verdicts move the count most. A verdict
 * moves the count by one person when it undoes what the linker did: "same" on a pair left apart merges
 * two persons (one fewer), "different" on a pair linked splits one (one more). Its priority is the
 * expected change of the count, the chance that it undoes the linker: c for a pair left apart, 1 − c for
 * a pair linked, where c is the chance that the pair is one person ({@link MatchChance}: the model's
 * probability read through what linking did). Pairs linked thus come first (one in ten to one in four is
 * wrong), then pairs left apart, the most probable first. Several pairs may lie between the same two
 * persons; only the most probable carries c, each further one c × (1 − c of the first), the chance that
 * it still merges anything once the first was answered. Cluster size does not enter: merging or
 * splitting persons of any size moves the count by one.
 */
public final class ReviewQueue {

    /**
     * A pair to review, the chance that it is one person ({@link MatchChance}) and the expected change of
     * the count if a person decides it.
     */
    public record Entry(Linkage.Pair pair, double chance, double priority) {
    }

    private ReviewQueue() {
    }

    /** The doubtful pairs of a linkage, the verdicts expected to move the count most first. */
    public static List<Entry> byPriority(Linkage linkage, double low, double high, Decisions decided) {
        List<Entry> entries = entries(linkage, linkage.doubtfulPairs(low, high, decided));
        entries.sort(Comparator.comparingDouble(Entry::priority).reversed()
                .thenComparingDouble(e -> e.pair().linked() == Placement.APART ? -e.pair().probability()
                        : e.pair().probability()));
        return entries;
    }

    /** The order before priorities, kept for comparison in {@code bench review}: most doubtful (nearest ½) first. */
    public static List<Entry> byDoubt(Linkage linkage, double low, double high, Decisions decided) {
        List<Entry> entries = entries(linkage, linkage.doubtfulPairs(low, high, decided));
        entries.sort(Comparator.comparingDouble(e -> Math.abs(e.pair().probability() - 0.5)));
        return entries;
    }

    /** Priorities of pairs given most probable first, as {@link Linkage#doubtfulPairs} gives them. */
    private static List<Entry> entries(Linkage linkage, List<Linkage.Pair> pairs) {
        Map<String, Double> firstBetween = new HashMap<>();
        List<Entry> entries = new ArrayList<>(pairs.size());
        for (Linkage.Pair p : pairs) {
            double chance = MatchChance.of(p.probability(), p.linked());
            double priority;
            if (p.linked() == Placement.APART) {
                String a = linkage.personOf(p.first());
                String b = linkage.personOf(p.second());
                String persons = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
                Double first = firstBetween.putIfAbsent(persons, chance);
                priority = first == null ? chance : chance * (1 - first);
            } else {
                priority = 1 - chance;
            }
            entries.add(new Entry(p, chance, priority));
        }
        return entries;
    }
}
