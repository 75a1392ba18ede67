package org.marsad.link;

import java.util.Arrays;
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
    private record Rule(Function<RecordProfile, long[]> keys, List<Order> orders) {
    }

    /** An order inside a block: a sort key of at most 40 bits for each record. */
    private enum Order {
        FAMILY_THEN_DAY, DAY_THEN_FATHER, GIVEN_THEN_DAY, DAY_THEN_GIVEN, FAMILY_THEN_FATHER, FATHER_THEN_FAMILY;

        long key(SortKeys keys, int i) {
            return switch (this) {
                case FAMILY_THEN_DAY -> keys.family[i] << 20 | keys.day[i];
                case DAY_THEN_FATHER -> (long) keys.day[i] << 20 | keys.father[i];
                case GIVEN_THEN_DAY -> keys.given[i] << 20 | keys.day[i];
                case DAY_THEN_GIVEN -> (long) keys.day[i] << 20 | keys.given[i];
                case FAMILY_THEN_FATHER -> keys.family[i] << 20 | keys.father[i];
                case FATHER_THEN_FAMILY -> keys.father[i] << 20 | keys.family[i];
            };
        }
    }

    private static final List<Rule> RULES = List.of(
            // the given name with any later part: "قاسم سامي" (given, family) meets "قاسم سامي محمود الكرد"
            new Rule(p -> new long[] {key(p.name().given(), p.name().father()),
                key(p.name().given(), p.name().grandfather()), key(p.name().given(), p.name().family())},
                    List.of(Order.FAMILY_THEN_DAY, Order.DAY_THEN_FATHER)),
            new Rule(p -> new long[] {key(p.name().father(), p.name().family())},
                    List.of(Order.GIVEN_THEN_DAY, Order.DAY_THEN_GIVEN)),
            new Rule(p -> new long[] {givenAndDay(p)},
                    List.of(Order.FAMILY_THEN_FATHER, Order.FATHER_THEN_FAMILY)));

    private Blocking() {
    }

    /** Distinct candidate pairs, packed as in {@link PairList}. */
    static long[] candidatePairs(List<RecordProfile> profiles) {
        if (profiles.size() >= 1 << 24) {
            throw new IllegalArgumentException("blocking supports fewer than 16,777,216 records");
        }
        SortKeys keys = new SortKeys(profiles);
        List<PairList> byRule = RULES.parallelStream().map(rule -> {
            PairList pairs = new PairList();
            addBlocks(profiles, keys, rule, pairs);
            pairs.removeRepeats();
            return pairs;
        }).toList();
        return PairList.distinct(byRule);
    }

    private static void addBlocks(List<RecordProfile> profiles, SortKeys keys, Rule rule, PairList pairs) {
        long[] keyed = new long[profiles.size() * 3];
        int n = 0;
        for (int i = 0; i < profiles.size(); i++) {
            long[] blockKeys = rule.keys().apply(profiles.get(i));
            for (int k = 0; k < blockKeys.length; k++) {
                if (blockKeys[k] != 0 && !repeats(blockKeys, k)) {
                    if (n == keyed.length) {
                        keyed = Arrays.copyOf(keyed, n * 2);
                    }
                    // 40 bits of the key above 24 bits of the record index: sorting groups the blocks
                    keyed[n++] = (blockKeys[k] << 24) | i;
                }
            }
        }
        long[] sorted = Arrays.copyOf(keyed, n);
        Arrays.parallelSort(sorted);
        int start = 0;
        for (int end = 1; end <= n; end++) {
            if (end == n || sorted[end] >>> 24 != sorted[start] >>> 24) {
                addBlock(keys, rule, sorted, start, end, pairs);
                start = end;
            }
        }
    }

    private static void addBlock(SortKeys keys, Rule rule, long[] sorted, int start, int end, PairList pairs) {
        int size = end - start;
        if (size < 2) {
            return;
        }
        int[] members = new int[size];
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
        long[] ordered = new long[size];
        for (Order order : rule.orders()) {
            for (int k = 0; k < size; k++) {
                ordered[k] = order.key(keys, members[k]) << 24 | members[k];
            }
            Arrays.sort(ordered);
            for (int x = 0; x < size; x++) {
                for (int y = x + 1; y <= Math.min(size - 1, x + WINDOW); y++) {
                    pairs.add((int) (ordered[x] & 0xFFFFFF), (int) (ordered[y] & 0xFFFFFF));
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

    /**
     * Sort keys of every record for the orders inside large blocks: the rank of the given, father's
     * and family name's skeleton among all skeletons (so similar spellings sort near each other), and
     * the day of death; 0 when missing, so records without it sort first.
     */
    private static final class SortKeys {
        private static final int LIMIT = (1 << 19) - 1; // 20 bits each, the 40-bit key stays positive
        final long[] given;
        final long[] father;
        final long[] family;
        final int[] day;

        SortKeys(List<RecordProfile> profiles) {
            java.util.TreeSet<String> skeletons = new java.util.TreeSet<>();
            for (RecordProfile p : profiles) {
                for (NamePart part : new NamePart[] {p.name().given(), p.name().father(), p.name().family()}) {
                    if (part != null) {
                        skeletons.add(part.skeleton());
                    }
                }
            }
            java.util.Map<String, Integer> rank = new java.util.HashMap<>();
            for (String skeleton : skeletons) {
                rank.put(skeleton, Math.min(LIMIT, rank.size() + 1));
            }
            int n = profiles.size();
            given = new long[n];
            father = new long[n];
            family = new long[n];
            day = new int[n];
            int firstDay = profiles.stream().mapToInt(RecordProfile::epochDay)
                    .filter(d -> d != RecordProfile.UNKNOWN).min().orElse(0);
            for (int i = 0; i < n; i++) {
                PersonName name = profiles.get(i).name();
                given[i] = name.given() == null ? 0 : rank.get(name.given().skeleton());
                father[i] = name.father() == null ? 0 : rank.get(name.father().skeleton());
                family[i] = name.family() == null ? 0 : rank.get(name.family().skeleton());
                int d = profiles.get(i).epochDay();
                day[i] = d == RecordProfile.UNKNOWN ? 0 : Math.min(LIMIT, d - firstDay + 1);
            }
        }
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
