package org.marsad.link;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Chooses the candidate pairs worth comparing. Records share a block when they share the loose
 * skeletons (no w/y) of two name parts (given + family, given + the second word, father + family), so a
 * person whose name lost one part or is spelled in another script still meets their other records. Inside a large block (محمد
 * with a large family) each record is paired only with its nearest neighbours in a few orders, which
 * keeps the number of pairs linear in the number of records.
 */
final class Blocking {

    /** Neighbours each record meets in a large block, per order. */
    static final int WINDOW = 20;

    private record Rule(Function<PersonName, NamePart> first, Function<PersonName, NamePart> second,
                        Function<PersonName, NamePart> order) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(PersonName::given, PersonName::family, PersonName::father),
            new Rule(PersonName::given, PersonName::second, PersonName::family),
            new Rule(PersonName::father, PersonName::family, PersonName::given));

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
            PersonName name = profiles.get(i).name();
            NamePart a = rule.first().apply(name);
            NamePart b = rule.second().apply(name);
            if (a != null && b != null && !a.looseSkeleton().isEmpty() && !b.looseSkeleton().isEmpty()) {
                // 40 bits of the key's hash above 24 bits of the record index: sorting groups the blocks
                keyed[n++] = (hash(a.looseSkeleton(), b.looseSkeleton()) << 24) | i;
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
        Comparator<Integer> byName = Comparator.comparing(i -> orderKey(rule, profiles.get(i)));
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

    private static String orderKey(Rule rule, RecordProfile profile) {
        NamePart part = rule.order().apply(profile.name());
        return part == null ? "" : part.skeleton();
    }

    /** A 64-bit FNV-1a hash of two skeletons with a separator between them. */
    private static long hash(String a, String b) {
        long h = 0xcbf29ce484222325L;
        for (String s : new String[] {a, "|", b}) {
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
        }
        return h >>> 24;
    }
}
