package org.marsad.link;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Chooses the candidate pairs worth comparing. Records share a block when they share a key: the loose
 * skeletons (no w/y) of two name parts (given + family, given + father, father + family), or the given
 * name and the day of death. So a person whose name lost a part, or whose one part is misspelled, or
 * who is written in another script, still meets their other records. Inside a large block (محمد with
 * a common family name) each record is paired only with its nearest neighbours in two orders, which
 * keeps the number of pairs linear in the number of records.
 */
final class Blocking {

    /** Neighbours each record meets in a large block, per order. */
    static final int WINDOW = 8;

    /** The blocking keys of a record (0 for none) and the orders used inside large blocks. */
    private record Rule(Function<RecordProfile, long[]> keys, List<Comparator<RecordProfile>> orders) {
    }

    private static final Comparator<RecordProfile> BY_DATE = Comparator.<RecordProfile>comparingInt(RecordProfile::epochDay)
            .thenComparingInt(RecordProfile::age);

    private static final List<Rule> RULES = List.of(
            // the given name with any later part: "قاسم سامي" (given, family) meets "قاسم سامي محمود الكرد"
            new Rule(p -> new long[] {key(p.name().given(), p.name().father()),
                key(p.name().given(), p.name().grandfather()), key(p.name().given(), p.name().family())},
                    List.of(by(PersonName::family).thenComparing(BY_DATE), BY_DATE.thenComparing(by(PersonName::father)))),
            new Rule(p -> new long[] {key(p.name().father(), p.name().family())},
                    List.of(by(PersonName::given).thenComparing(BY_DATE), BY_DATE.thenComparing(by(PersonName::given)))),
            new Rule(p -> new long[] {givenAndDay(p)},
                    List.of(by(PersonName::family).thenComparing(by(PersonName::father)),
                            by(PersonName::father).thenComparing(by(PersonName::family)))));

    private Blocking() {
    }

    /** Distinct candidate pairs, packed as in {@link PairList}. */
    static long[] candidatePairs(List<RecordProfile> profiles) {
        if (profiles.size() >= 1 << 24) {
            throw new IllegalArgumentException("blocking supports fewer than 16,777,216 records");
        }
        PairList pairs = new PairList();
        for (Rule rule : RULES) {
            addBlocks(profiles, rule, pairs);
        }
        return pairs.distinct();
    }

    private static void addBlocks(List<RecordProfile> profiles, Rule rule, PairList pairs) {
        long[] keyed = new long[profiles.size() * 3];
        int n = 0;
        for (int i = 0; i < profiles.size(); i++) {
            long[] keys = rule.keys().apply(profiles.get(i));
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] != 0 && !repeats(keys, k)) {
                    if (n == keyed.length) {
                        keyed = Arrays.copyOf(keyed, n * 2);
                    }
                    // 40 bits of the key above 24 bits of the record index: sorting groups the blocks
                    keyed[n++] = (keys[k] << 24) | i;
                }
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
        for (Comparator<RecordProfile> order : rule.orders()) {
            Arrays.sort(members, (i, j) -> order.compare(profiles.get(i), profiles.get(j)));
            for (int x = 0; x < size; x++) {
                for (int y = x + 1; y <= Math.min(size - 1, x + WINDOW); y++) {
                    pairs.add(members[x], members[y]);
                }
            }
        }
    }

    private static boolean repeats(long[] keys, int k) {
        for (int earlier = 0; earlier < k; earlier++) {
            if (keys[earlier] == keys[k]) {
                return true;
            }
        }
        return false;
    }

    private static Comparator<RecordProfile> by(Function<PersonName, NamePart> part) {
        return Comparator.comparing(p -> {
            NamePart value = part.apply(p.name());
            return value == null ? "" : value.skeleton();
        });
    }

    /** The key of two name parts' loose skeletons, or 0 when either is absent. */
    private static long key(NamePart a, NamePart b) {
        if (a == null || b == null || a.looseSkeleton().isEmpty() || b.looseSkeleton().isEmpty()) {
            return 0;
        }
        return hash(a.looseSkeleton() + "|" + b.looseSkeleton());
    }

    private static long givenAndDay(RecordProfile p) {
        NamePart given = p.name().given();
        if (given == null || given.looseSkeleton().isEmpty() || p.epochDay() == RecordProfile.UNKNOWN) {
            return 0;
        }
        return hash(given.looseSkeleton() + "@" + p.epochDay());
    }

    /** A 40-bit FNV-1a hash, never 0. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        long key = h >>> 24;
        return key == 0 ? 1 : key;
    }
}
