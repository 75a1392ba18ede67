package org.marsad.link.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.marsad.link.name.NamePart;
import org.marsad.link.name.PersonName;
import org.marsad.link.score.NameComparator;
import org.marsad.link.score.RecordProfile;

/**
 * Chooses the candidate pairs worth comparing. Records share a block when they share a key: the loose
 * skeletons (no w/y) of two name parts (given + family, given + father, father + family), or the given
 * name and the day of death. So a person whose name lost a part, or whose one part is misspelled, or
 * who is written in another script, still meets their other records. Inside a large block (محمد with
 * a common family name) each record is paired only with its nearest neighbours in two orders, which
 * keeps the number of pairs linear in the number of records.
 */
public final class Blocking {

    /** Neighbours each record meets in a large block, per order. */
    static final int WINDOW = 8;

    /**
     * Blocks of a given name and a later part up to this size are also compared whole (pairs that are
     * scored, not learned from). Measured 2026-11-25, generated 10k people: at 9 / 64 / 128 blocking recall
     * 0.977 / 0.981 / 0.985, F1 0.968 / 0.969 / 0.969; 1,061,538 records: 78 / 80 / 86 million pairs,
     * sampled peak heap 3.3 / 3.3 / 3.8 GB: 128 comes too near the 4 GiB aim.
     */
    static final int WHOLE_BLOCK = 64;

    /**
     * The blocking keys of a record (0 for none) and the orders used inside large blocks; whether the
     * rule's pairs teach the model, or only find pairs the other rules miss.
     */
    private record Rule(Function<RecordProfile, long[]> keys, List<Order> orders, boolean teaches, int wholeUpTo,
                        int skipUpTo, Pairing pairing) {
        Rule(Function<RecordProfile, long[]> keys, List<Order> orders, boolean teaches) {
            this(keys, orders, teaches, WINDOW + 1, 1);
        }

        Rule(Function<RecordProfile, long[]> keys, List<Order> orders, boolean teaches, int wholeUpTo, int skipUpTo) {
            this(keys, orders, teaches, wholeUpTo, skipUpTo, Pairing.ALL);
        }

        /** Whether a pair of its block is a candidate. */
        boolean pairs(SortKeys keys, int a, int b) {
            return switch (pairing) {
                case ALL -> true;
                case WITH_SLIP -> keys.slip[a] || keys.slip[b];
                // a rare given name beside one it may be a slip of: any other pair of given names is
                // two people (NeverOne.conflict), not worth comparing
                case MISTYPED_GIVEN -> (keys.rareGiven[a] || keys.rareGiven[b])
                        && NameComparator.level(keys.givenPart[a], keys.givenPart[b]) != NameComparator.DIFFERENT;
            };
        }
    }

    /** Which pairs of a block a rule makes candidates. */
    private enum Pairing {
        ALL,
        /** Pairs with a record that holds a slip ({@link org.marsad.link.name.NamePart#meant}). */
        WITH_SLIP,
        /** Pairs with a rare given name that may be a slip of the other's. */
        MISTYPED_GIVEN
    }

    /**
     * The distinct candidate pairs, packed as in {@link PairList} and sorted, and which of them came from
     * a rule that teaches the model. Pairs found only by the rules for names cut short or misspelled
     * (a name part with the days around the death) are scored but not learned from: they are mostly
     * relatives and namesakes killed about the same time, and a model learned on them weighs the
     * date of death far above the names (real names: precision 0.948 -> 0.871 when they taught it).
     */
    public record Candidates(long[] pairs, BitSet teaching) {
    }

    /**
     * An order inside a block: a sort key of at most 40 bits for each record. In the order by age only
     * pairs with an undated record are kept (dated copies meet in the orders by day); at a million
     * records keeping all its pairs added 14 million pairs and brought the heap to its 4 GiB limit.
     */
    private enum Order {
        FAMILY_THEN_DAY, DAY_THEN_FATHER, GIVEN_THEN_DAY, DAY_THEN_GIVEN, FAMILY_THEN_FATHER, FATHER_THEN_FAMILY,
        FATHER_THEN_GIVEN, AGE_THEN_FAMILY, DAY_THEN_AGE, DAY_THEN_SECOND;

        long key(SortKeys keys, int i) {
            return switch (this) {
                case FAMILY_THEN_DAY -> keys.family[i] << 20 | keys.day[i];
                case DAY_THEN_FATHER -> (long) keys.day[i] << 20 | keys.father[i];
                case GIVEN_THEN_DAY -> keys.given[i] << 20 | keys.day[i];
                case DAY_THEN_GIVEN -> (long) keys.day[i] << 20 | keys.given[i];
                case FAMILY_THEN_FATHER -> keys.family[i] << 20 | keys.father[i];
                case FATHER_THEN_FAMILY -> keys.father[i] << 20 | keys.family[i];
                case FATHER_THEN_GIVEN -> keys.father[i] << 20 | keys.given[i];
                case AGE_THEN_FAMILY -> (long) keys.age[i] << 20 | keys.family[i];
                case DAY_THEN_AGE -> (long) keys.day[i] << 20 | keys.age[i];
                case DAY_THEN_SECOND -> (long) keys.day[i] << 20 | keys.secondPart[i];
            };
        }
    }

    private static final List<Rule> RULES = List.of(
            // the given name with any later part: "قاسم سامي" (given, family) meets "قاسم سامي محمود الكرد"
            new Rule(Blocking::givenWithLaterPart, List.of(Order.FAMILY_THEN_DAY, Order.DAY_THEN_FATHER), true),
            new Rule(p -> keys(p.name().father(), p.name().family(), false),
                    List.of(Order.GIVEN_THEN_DAY, Order.DAY_THEN_GIVEN), true),
            new Rule(p -> withDays(p.name().given(), p, 0, 1, false),
                    List.of(Order.FAMILY_THEN_FATHER, Order.FATHER_THEN_FAMILY), true),
            // the given or the family name with the days around the death: a name cut short, or a typo in
            // the other parts; two buckets of four days, offset by two, hold every pair up to two days apart
            new Rule(p -> concat(withDays(p.name().given(), p, 0, 4, true), withDays(p.name().given(), p, 2, 4, true)),
                    List.of(Order.FAMILY_THEN_FATHER, Order.FATHER_THEN_FAMILY), false),
            new Rule(p -> concat(withDays(p.name().family(), p, 0, 4, true), withDays(p.name().family(), p, 2, 4, true)),
                    List.of(Order.GIVEN_THEN_DAY, Order.FATHER_THEN_GIVEN), false),
            // a record without a date of death sorts apart from its dated copies in the orders by day:
            // here they meet by family and father, or by age (pairs with an undated record only); blocks
            // the first rule compares whole are skipped, their pairs are all found already
            new Rule(Blocking::givenWithLaterPart, List.of(Order.FAMILY_THEN_FATHER, Order.AGE_THEN_FAMILY), false,
                    WINDOW + 1, WINDOW + 1),
            // every pair of a block of the given name with a later part small enough to compare whole: a
            // copy cut short or without a date sorts far from the others in every order above. In a larger
            // block, a name without a father's name meets by day those whose father its second word names
            // ("أحمد محمود" beside "Ahmad Mahmood al-Astal"; in the first rule's order by day it sorts among
            // the names without a father): pairs with such a name only, the others are found above
            new Rule(Blocking::givenWithLaterPart, List.of(Order.DAY_THEN_SECOND), false, WHOLE_BLOCK, WINDOW + 1),
            // a slip of the pen in a name part (ختاف for ختام): the record is keyed as written and as the
            // commoner names it may be a slip for, and meets the others as in the first rule; only pairs
            // with a record that holds a slip, the others are found above
            new Rule(p -> givenWithLaterPart(p, true), List.of(Order.DAY_THEN_FATHER,
                    Order.AGE_THEN_FAMILY), false, WHOLE_BLOCK, 1, Pairing.WITH_SLIP),
            // a slip in the given name too short to guess what was meant (عبي for علي, ور for نور): the
            // record meets those who share the father's or family name and died in the same four days,
            // or, without a date, are of about its age (one bucket, no grandfather: each more cost
            // seconds at half a million records and found no more pairs)
            new Rule(Blocking::laterPartsWithDays, List.of(Order.DAY_THEN_AGE), false, WHOLE_BLOCK, 1,
                    Pairing.MISTYPED_GIVEN),
            new Rule(Blocking::laterParts, List.of(Order.AGE_THEN_FAMILY), false, WHOLE_BLOCK, 1,
                    Pairing.MISTYPED_GIVEN));

    /** How many blocking rules there are ({@link #sharesKey}). */
    static int ruleCount() {
        return RULES.size();
    }

    /**
     * Whether two records share a key of rule {@code rule}: for a diagnosis of the true pairs that never
     * became candidates (a shared key means the block was cut by the window or the rule's pairing).
     */
    static boolean sharesKey(int rule, RecordProfile a, RecordProfile b) {
        long[] x = RULES.get(rule).keys().apply(a);
        long[] y = RULES.get(rule).keys().apply(b);
        for (long k : x) {
            for (long l : y) {
                if (k != 0 && k == l) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long[] laterParts(RecordProfile p) {
        PersonName name = p.name();
        long[] keys = new long[2];
        int n = 0;
        for (NamePart part : new NamePart[] {name.father(), name.family()}) {
            if (part != null && !part.looseSkeleton().isEmpty()) {
                keys[n++] = hash(part.looseSkeleton(), "@later");
            }
        }
        return n == keys.length ? keys : Arrays.copyOf(keys, n);
    }

    private static long[] laterPartsWithDays(RecordProfile p) {
        PersonName name = p.name();
        return concat(withDays(name.father(), p, 0, 4, false), withDays(name.family(), p, 0, 4, false));
    }

    private static long[] givenWithLaterPart(RecordProfile p) {
        return givenWithLaterPart(p, false);
    }

    private static long[] givenWithLaterPart(RecordProfile p, boolean slips) {
        PersonName name = p.name();
        return concat(keys(name.given(), name.father(), slips), keys(name.given(), name.grandfather(), slips),
                keys(name.given(), name.family(), slips));
    }

    /**
     * The keys of several rules in one array. Copied by hand: a stream here cost more than the keys'
     * hashing (a sixth of the blocking step's samples at 50,000 people went to stream set-up).
     */
    private static long[] concat(long[]... keys) {
        int n = 0;
        for (long[] some : keys) {
            n += some.length;
        }
        long[] all = new long[n];
        int at = 0;
        for (long[] some : keys) {
            System.arraycopy(some, 0, all, at, some.length);
            at += some.length;
        }
        return all;
    }

    private Blocking() {
    }

    public static Candidates candidatePairs(List<RecordProfile> profiles) {
        if (profiles.size() >= 1 << 24) {
            throw new IllegalArgumentException("blocking supports fewer than 16,777,216 records");
        }
        SortKeys keys = new SortKeys(profiles);
        int buckets = PairList.bucketCount(profiles.size());
        long[][] teaching = pairsOf(profiles, keys, true, buckets);
        long[][] others = pairsOf(profiles, keys, false, buckets);
        return union(teaching, others);
    }

    /** The distinct pairs of the rules that teach (or of the others), by bucket ({@link PairList}). */
    private static long[][] pairsOf(List<RecordProfile> profiles, SortKeys keys, boolean teaching, int buckets) {
        List<long[][]> byRule = RULES.stream().filter(rule -> rule.teaches() == teaching).toList()
                .parallelStream().map(rule -> {
                    PairList pairs = new PairList(profiles.size());
                    addBlocks(profiles, keys, rule, pairs);
                    return pairs.sortedBuckets();
                }).toList();
        return PairList.distinct(byRule, buckets);
    }

    /**
     * Two bucketed sets of distinct pairs merged, with the first one's pairs marked. Each bucket is merged
     * on its own and let go, and only the merged buckets are copied into the one array the later steps
     * read: the two sets and the array never lie in memory together.
     */
    private static Candidates union(long[][] teaching, long[][] others) {
        int buckets = teaching.length;
        long[][] merged = new long[buckets][];
        BitSet[] taughtIn = new BitSet[buckets];
        IntStream.range(0, buckets).parallel().forEach(b -> {
            merged[b] = new long[merge(teaching[b], others[b], null, null)];
            taughtIn[b] = new BitSet(merged[b].length);
            merge(teaching[b], others[b], merged[b], taughtIn[b]);
            teaching[b] = null;
            others[b] = null;
        });
        long total = 0;
        for (long[] bucket : merged) {
            total += bucket.length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many candidate pairs: " + total);
        }
        long[] all = new long[(int) total];
        BitSet taught = new BitSet(all.length);
        int at = 0;
        for (int b = 0; b < buckets; b++) {
            System.arraycopy(merged[b], 0, all, at, merged[b].length);
            for (int k = taughtIn[b].nextSetBit(0); k >= 0; k = taughtIn[b].nextSetBit(k + 1)) {
                taught.set(at + k);
            }
            at += merged[b].length;
            merged[b] = null;
            taughtIn[b] = null;
        }
        return new Candidates(all, taught);
    }

    /** Merges two sorted arrays of distinct pairs into {@code into} (when given); returns the count. */
    private static int merge(long[] teaching, long[] others, long[] into, BitSet taught) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < teaching.length || j < others.length) {
            long pair;
            if (j == others.length || i < teaching.length && teaching[i] <= others[j]) {
                if (j < others.length && teaching[i] == others[j]) {
                    j++;
                }
                if (taught != null) {
                    taught.set(n);
                }
                pair = teaching[i++];
            } else {
                pair = others[j++];
            }
            if (into != null) {
                into[n] = pair;
            }
            n++;
        }
        return n;
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
        // sorted where it was filled: a copy at its size was one more array of every record's keys
        long[] sorted = keyed;
        Arrays.parallelSort(sorted, 0, n);
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
        if (size <= Math.max(1, rule.skipUpTo())) {
            return;
        }
        int[] members = new int[size];
        for (int k = 0; k < size; k++) {
            members[k] = (int) (sorted[start + k] & 0xFFFFFF);
        }
        if (size <= rule.wholeUpTo()) {
            for (int x = 0; x < size; x++) {
                for (int y = x + 1; y < size; y++) {
                    if (rule.pairs(keys, members[x], members[y])) {
                        pairs.add(members[x], members[y]);
                    }
                }
            }
            return;
        }
        long[] ordered = new long[size];
        // below the order's key, the age breaks ties (namesakes of one family sort by age, so a copy
        // without a date of death still meets its dated copies); then the position in the block
        boolean byAge = size <= POSITIONS;
        for (Order order : rule.orders()) {
            for (int k = 0; k < size; k++) {
                long tie = byAge ? (long) keys.age[members[k]] << 17 | k : k;
                ordered[k] = order.key(keys, members[k]) << 24 | tie;
            }
            Arrays.sort(ordered);
            for (int x = 0; x < size; x++) {
                int a = members[position(ordered[x], byAge)];
                int window = order == Order.AGE_THEN_FAMILY ? 2 * WINDOW : WINDOW;
                for (int y = x + 1; y <= Math.min(size - 1, x + window); y++) {
                    int b = members[position(ordered[y], byAge)];
                    if ((order != Order.AGE_THEN_FAMILY || keys.day[a] == 0 || keys.day[b] == 0)
                            && (order != Order.DAY_THEN_SECOND || keys.father[a] == 0 || keys.father[b] == 0)
                            && rule.pairs(keys, a, b)) {
                        pairs.add(a, b);
                    }
                }
            }
        }
    }

    /** Largest block whose positions fit in 17 bits beside a 7-bit age. */
    private static final int POSITIONS = 1 << 17;

    private static int position(long ordered, boolean byAge) {
        return (int) (ordered & (byAge ? POSITIONS - 1 : 0xFFFFFF));
    }

    private static boolean repeats(long[] keys, int k) {
        for (int earlier = 0; earlier < k; earlier++) {
            if (keys[earlier] == keys[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keys of two name parts' loose skeletons (none when either is absent): one key, or more when a
     * part may be a slip for a commoner name ({@link org.marsad.link.name.NamePart#meant}), which keys it as written and as
     * meant.
     */
    private static long[] keys(NamePart first, NamePart second, boolean slips) {
        if (first == null || second == null || first.looseSkeleton().isEmpty() || second.looseSkeleton().isEmpty()) {
            return new long[0];
        }
        if (!slips || first.meant().isEmpty() && second.meant().isEmpty()) {
            return new long[] {key(first.looseSkeleton(), second.looseSkeleton())};
        }
        List<String> firsts = asWrittenAndMeant(first);
        List<String> seconds = asWrittenAndMeant(second);
        long[] keys = new long[firsts.size() * seconds.size()];
        int n = 0;
        for (String a : firsts) {
            for (String b : seconds) {
                keys[n++] = key(a, b);
            }
        }
        return keys;
    }

    private static List<String> asWrittenAndMeant(NamePart part) {
        if (part.meant().isEmpty()) {
            return List.of(part.looseSkeleton());
        }
        List<String> all = new ArrayList<>(part.meant());
        all.add(0, part.looseSkeleton());
        return all;
    }

    private static long key(String first, String second) {
        return hash(first, "|", second, "|");
    }

    /**
     * The keys of a name part's loose skeleton (and of the names it may be a slip for) with the bucket of
     * {@code days} days around the death; none without the part or the date.
     */
    private static long[] withDays(NamePart part, RecordProfile p, int offset, int days, boolean slips) {
        if (part == null || part.looseSkeleton().isEmpty() || p.epochDay() == RecordProfile.UNKNOWN) {
            return new long[0];
        }
        String bucket = "@" + days + "/" + Math.floorDiv(p.epochDay() + offset, days);
        if (!slips || part.meant().isEmpty()) {
            return new long[] {hash(part.looseSkeleton(), bucket)};
        }
        List<String> skeletons = asWrittenAndMeant(part);
        long[] keys = new long[skeletons.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = hash(skeletons.get(k), bucket);
        }
        return keys;
    }

    /**
     * Sort keys of every record for the orders inside large blocks: the rank of the given, father's
     * and family name's skeleton among all skeletons (so similar spellings sort near each other), and
     * the day of death; 0 when missing, so records without it sort first.
     */
    private static final class SortKeys {
        /** How often at most a given name is written for blocking to try it as a slip. */
        private static final int RARE = 2;
        private static final int LIMIT = (1 << 19) - 1; // 20 bits each, the 40-bit key stays positive
        final long[] given;
        final long[] father;
        final long[] family;
        final int[] day;
        /** Age in years, 0 when unknown, at most 127. */
        final int[] age;
        /**
         * The father's name, or for a name without one the family name: a two-part name's second word may be
         * either ("أحمد محمود" beside "Ahmad Mahmood al-Astal"), so it sorts beside both.
         */
        final long[] secondPart;
        /** Whether a record's given, father's or family name may be a slip ({@link org.marsad.link.name.NamePart#meant}). */
        final boolean[] slip;
        /** Each record's given name, and whether it is rare enough to be a slip ({@link #RARE} times or fewer). */
        final NamePart[] givenPart;
        final boolean[] rareGiven;

        SortKeys(List<RecordProfile> profiles) {
            TreeSet<String> skeletons = new TreeSet<>();
            for (RecordProfile p : profiles) {
                for (NamePart part : new NamePart[] {p.name().given(), p.name().father(), p.name().family()}) {
                    if (part != null) {
                        skeletons.add(part.skeleton());
                    }
                }
            }
            Map<String, Integer> rank = new HashMap<>();
            for (String skeleton : skeletons) {
                rank.put(skeleton, Math.min(LIMIT, rank.size() + 1));
            }
            int n = profiles.size();
            given = new long[n];
            father = new long[n];
            family = new long[n];
            day = new int[n];
            age = new int[n];
            secondPart = new long[n];
            slip = new boolean[n];
            givenPart = new NamePart[n];
            rareGiven = new boolean[n];
            int firstDay = profiles.stream().mapToInt(RecordProfile::epochDay)
                    .filter(d -> d != RecordProfile.UNKNOWN).min().orElse(0);
            for (int i = 0; i < n; i++) {
                PersonName name = profiles.get(i).name();
                given[i] = name.given() == null ? 0 : rank.get(name.given().skeleton());
                father[i] = name.father() == null ? 0 : rank.get(name.father().skeleton());
                family[i] = name.family() == null ? 0 : rank.get(name.family().skeleton());
                slip[i] = Stream.of(name.given(), name.father(), name.family())
                        .anyMatch(part -> part != null && !part.meant().isEmpty());
                givenPart[i] = name.given();
                rareGiven[i] = name.given() != null && name.given().count() <= RARE;
                secondPart[i] = father[i] != 0 ? father[i] : family[i];
                int years = profiles.get(i).age();
                age[i] = years == RecordProfile.UNKNOWN ? 0 : Math.max(0, Math.min(127, years + 1));
                int d = profiles.get(i).epochDay();
                day[i] = d == RecordProfile.UNKNOWN ? 0 : Math.min(LIMIT, d - firstDay + 1);
            }
        }
    }

    /**
     * A 40-bit FNV-1a hash of the texts one after the other, never 0: the hash of their concatenation,
     * without building it (a string for every key of every record of every rule).
     */
    private static long hash(String... texts) {
        long h = 0xcbf29ce484222325L;
        for (String s : texts) {
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
        }
        long key = h >>> 24;
        return key == 0 ? 1 : key;
    }
}
