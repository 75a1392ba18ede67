package org.marsad.link;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Chooses the candidate pairs worth comparing. Records share a block when they share the loose
 * skeletons (no w/y) of two name parts (given + family, given + the second word, father + family) or
 * the given name and the date of death, so a person whose name lost parts or is spelled in another
 * script still meets their other records. Inside a large block (محمد
 * with a large family) each record is paired only with its nearest neighbours in a few orders, which
 * keeps the number of pairs linear in the number of records.
 */
final class Blocking {

    /** Neighbours each record meets in a large block, per order. */
    static final int WINDOW = 20;

    /** A blocking key (null when the record lacks a part of it) and the order inside a large block. */
    private record Rule(Function<RecordProfile, String> key, Function<RecordProfile, String> order) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(p -> key(p.name().given(), p.name().family()), p -> loose(p.name().father())),
            new Rule(p -> key(p.name().given(), p.name().second()), p -> loose(p.name().family())),
            new Rule(p -> key(p.name().father(), p.name().family()), p -> loose(p.name().given())),
            // a name that kept little but the given name still meets its records of the same day
            new Rule(p -> p.epochDay() == RecordProfile.UNKNOWN ? null : key(p.name().given(), null) + p.epochDay(),
                    p -> loose(p.name().family())));

    private Blocking() {
    }

    /** Distinct candidate pairs, packed as in {@link PairList}. */
    static long[] candidatePairs(List<RecordProfile> profiles) {
        PairList pairs = new PairList();
        for (Rule rule : RULES) {
            addBlocks(profiles, rule, pairs);
        }
        return pairs.distinct();
    }

    private static void addBlocks(List<RecordProfile> profiles, Rule rule, PairList pairs) {
        if (profiles.size() >= 1 << 24) {
            throw new IllegalArgumentException("blocking supports fewer than 16,777,216 records");
        }
        long[] keyed = new long[profiles.size()];
        int n = 0;
        for (int i = 0; i < profiles.size(); i++) {
            String key = rule.key().apply(profiles.get(i));
            if (key != null) {
                // 40 bits of the key's hash above 24 bits of the record index: sorting groups the blocks
                keyed[n++] = (hash(key) << 24) | i;
            }
        }
        long[] sorted = Arrays.copyOf(keyed, n);
        Arrays.parallelSort(sorted);
        int start = 0;
        for (int end = 1; end <= n; end++) {
            if (end == n || sorted[end] >>> 24 != sorted[start] >>> 24) {
                addBlock(profiles, rule, sorted, start, end, pairs);
                start = end;
            }
        }
    }

    private static void addBlock(List<RecordProfile> profiles, Rule rule, long[] sorted, int start, int end,
                                 PairList pairs) {
        int size = end - start;
        if (size < 2) {
            return;
        }
        Integer[] members = new Integer[size];
        for (int k = 0; k < size; k++) {
            members[k] = (int) (sorted[start + k] & 0xFFFFFF);
        }
        if (size <= WINDOW + 1) {
            for (int x = 0; x < size; x++) {
                for (int y = x + 1; y < size; y++) {
                    pairs.add(members[x], members[y]);
                }
            }
            return;
        }
        Comparator<Integer> byName = Comparator.comparing(i -> rule.order().apply(profiles.get(i)));
        Comparator<Integer> byDate = Comparator.<Integer>comparingInt(i -> profiles.get(i).epochDay())
                .thenComparingInt(i -> profiles.get(i).age());
        for (Comparator<Integer> order : List.of(byName, byDate)) {
            Arrays.sort(members, order);
            for (int x = 0; x < size; x++) {
                for (int y = x + 1; y <= Math.min(size - 1, x + WINDOW); y++) {
                    pairs.add(members[x], members[y]);
                }
            }
        }
    }

    /** Two parts' loose skeletons as one key, or null when a part is missing or has no consonant. */
    private static String key(NamePart first, NamePart second) {
        String a = loose(first);
        String b = second == null ? "" : loose(second);
        if (a.isEmpty() || second != null && b.isEmpty()) {
            return null;
        }
        return a + "|" + b;
    }

    private static String loose(NamePart part) {
        return part == null ? "" : part.looseSkeleton();
    }

    /** The top 40 bits of a 64-bit FNV-1a hash. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return h >>> 24;
    }
}
