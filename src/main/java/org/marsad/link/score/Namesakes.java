package org.marsad.link.score;

import java.util.Arrays;
import java.util.List;
import org.marsad.link.name.NamePart;
import org.marsad.link.name.PersonName;

/**
 * How many namesakes a pair's agreement has to beat: the Fellegi–Sunter weight of agreeing on a name
 * depends on how many records bear it. Two records that agree on given and family name, day and place
 * are one person only if no other record of the lists agrees with them as well by chance; a record that
 * writes "فاطمة حسن" meets every Fatima of family Hasan in the other list, and the more of them a list
 * holds, the likelier one of them also died that day in that place. On small lists there are none to
 * meet and this changes nothing; on a million records a short common name meets hundreds.
 *
 * <p>For a pair it counts the records of each one's list that share the name parts the two agree on
 * (given name, with father's and family name where they agree; by skeleton, so Arabic and Latin lists
 * count alike) and multiplies by the chance that such a namesake also agrees on date, age and place at
 * least as well as the pair does. That chance is learned from namesakes of one list whose fathers differ,
 * who are surely two people: it holds what random pairs would miss, that namesakes of one family name
 * cluster in places and times. The expected number of namesakes agreeing as well, E, lowers
 * the pair's log odds by log(1 + E): a pair is one person only against the E others it could be.
 */
public final class Namesakes {

    static final int GIVEN = 0;
    static final int GIVEN_FATHER = 1;
    static final int GIVEN_FAMILY = 2;
    static final int FULL = 3;

    /** Pseudo-pairs of the chance from random pairs that the chance among namesakes starts from. */
    private static final double PRIOR_PAIRS = 200;
    private static final int DATE_CELLS = 6;
    private static final int AGE_CELLS = 7;
    private static final int PLACE_CELLS = 5;

    /** For each key kind and record, how many records of its list share that key (0: it lacks a part). */
    private final int[][] inList;
    /** The chance that a namesake agrees on date, age and place at least as well, by the pair's cell. */
    private final double[] chance;

    private Namesakes(int[][] inList, double[] chance) {
        this.inList = inList;
        this.chance = chance;
    }

    /** No namesakes counted: every pair keeps the model's odds. */
    public static Namesakes none(int records) {
        double[] chance = new double[DATE_CELLS * AGE_CELLS * PLACE_CELLS];
        return new Namesakes(new int[4][records], chance);
    }

    public static Namesakes of(List<RecordProfile> profiles) {
        int n = profiles.size();
        int[] listOf = listsOf(profiles);
        int[][] inList = new int[4][];
        long[][] keys = new long[4][];
        for (int kind = 0; kind < 4; kind++) {
            keys[kind] = new long[n];
            for (int i = 0; i < n; i++) {
                keys[kind][i] = key(profiles.get(i).name(), kind, listOf[i]);
            }
            inList[kind] = counts(keys[kind]);
        }
        return new Namesakes(inList, chances(profiles, keys[GIVEN_FAMILY]));
    }

    private static int[] listsOf(List<RecordProfile> profiles) {
        java.util.Map<String, Integer> lists = new java.util.HashMap<>();
        int[] listOf = new int[profiles.size()];
        for (int i = 0; i < listOf.length; i++) {
            String list = profiles.get(i).list();
            listOf[i] = list == null ? 0 : lists.computeIfAbsent(list, l -> lists.size() + 1);
        }
        return listOf;
    }

    /** A hash of the list and the name parts of a key kind, or 0 when the name lacks one of them. */
    private static long key(PersonName name, int kind, int list) {
        NamePart given = name.given();
        NamePart father = kind == GIVEN_FATHER || kind == FULL ? name.father() : null;
        NamePart family = kind == GIVEN_FAMILY || kind == FULL ? name.family() : null;
        if (given == null || given.kinship() || (kind == GIVEN_FATHER || kind == FULL) && father == null
                || (kind == GIVEN_FAMILY || kind == FULL) && family == null) {
            return 0;
        }
        long h = 1469598103934665603L ^ list;
        h = mix(h, given.skeleton());
        h = mix(h, father == null ? "" : father.skeleton());
        h = mix(h, family == null ? "" : family.skeleton());
        return h == 0 ? 1 : h;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 1099511628211L;
        }
        return (h ^ '|') * 1099511628211L;
    }

    /**
     * For each record, how many records share its key (0 for a record without one). Keys and records are
     * sorted together, the key's hash in the high bits and the record in the low ones, and counted in one
     * pass: a common key (محمد alone) is borne by tens of thousands of records of a list.
     */
    private static int[] counts(long[] keys) {
        int n = keys.length;
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        long mask = (1L << bits) - 1;
        long[] packed = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (keys[i] != 0) {
                packed[m++] = (keys[i] << bits) | i;
            }
        }
        packed = Arrays.copyOf(packed, m);
        Arrays.parallelSort(packed);
        int[] count = new int[n];
        int from = 0;
        for (int j = 1; j <= m; j++) {
            if (j == m || packed[j] >>> bits != packed[from] >>> bits) {
                for (int k = from; k < j; k++) {
                    count[(int) (packed[k] & mask)] = j - from;
                }
                from = j;
            }
        }
        return count;
    }

    /**
     * The chance, for each cell of date, age and place levels, that a namesake of one list agrees with a
     * record at least that well: from pairs of one list sharing given and family name (each with the
     * next of its key, which samples them without walking every pair of a common name), drawn toward the
     * chance of random pairs by {@link #PRIOR_PAIRS}.
     */
    private static double[] chances(List<RecordProfile> profiles, long[] keys) {
        int n = profiles.size();
        double[] namesakes = new double[DATE_CELLS * AGE_CELLS * PLACE_CELLS];
        double[] random = new double[namesakes.length];
        // records with a key, sorted by it: the key's hash in the high bits, the record in the low ones
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        long[] packed = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (keys[i] != 0) {
                packed[m++] = (keys[i] << bits) | i;
            }
        }
        packed = Arrays.copyOf(packed, m);
        Arrays.parallelSort(packed);
        long mask = (1L << bits) - 1;
        double sampled = 0;
        for (int j = 1; j < m; j++) {
            if (packed[j] >>> bits == packed[j - 1] >>> bits) {
                RecordProfile a = profiles.get((int) (packed[j - 1] & mask));
                RecordProfile b = profiles.get((int) (packed[j] & mask));
                if (twoPeople(a, b)) {
                    namesakes[cell(a, b)]++;
                    sampled++;
                }
            }
        }
        double drawn = 0;
        for (int i = 0; i < n && n > 1; i++) {
            int j = (int) ((i * 7919L + 104729L) % n);
            if (j != i) {
                random[cell(profiles.get(i), profiles.get(j))]++;
                drawn++;
            }
        }
        double[] chance = new double[namesakes.length];
        for (int c = 0; c < chance.length; c++) {
            double r = drawn == 0 ? 0 : atLeast(random, c) / drawn;
            chance[c] = (atLeast(namesakes, c) + PRIOR_PAIRS * r) / (sampled + PRIOR_PAIRS);
        }
        return chance;
    }

    /**
     * Whether two namesakes of one list are surely two people: their fathers' names differ. A list names
     * some victims twice, and such a pair agrees on everything; counted as namesakes, at 3% of a list
     * they made every common name look as if its namesakes died on one day in one place.
     */
    private static boolean twoPeople(RecordProfile a, RecordProfile b) {
        NamePart x = a.name().father();
        NamePart y = b.name().father();
        return x != null && y != null && NameComparator.level(x, y) == NameComparator.DIFFERENT;
    }

    /** The cell of a pair's date, age and place levels (each level + 1, 0 for missing). */
    private static int cell(RecordProfile a, RecordProfile b) {
        int date = DateComparator.compare(a.epochDay(), a.swappedDay(), b.epochDay(), b.swappedDay()) + 1;
        int age = NumberComparator.compare(a.age(), b.age(), PairPattern.YEARS) + 1;
        int place = NameComparator.places(a, b) + 1;
        return (date * AGE_CELLS + age) * PLACE_CELLS + place;
    }

    private static int cellOf(int pattern) {
        int date = PairPattern.level(pattern, PairPattern.DATE) + 1;
        int age = PairPattern.level(pattern, PairPattern.AGE) + 1;
        int place = PairPattern.level(pattern, PairPattern.PLACE) + 1;
        return (date * AGE_CELLS + age) * PLACE_CELLS + place;
    }

    /**
     * The share of sampled pairs in a table that agree at least as well as the cell: on each field where
     * the cell agrees (a level below the last), a sampled pair must have that field at that level or
     * better; where the cell lacks the field or disagrees, any sampled pair will do.
     */
    private static double atLeast(double[] table, int cell) {
        int date = cell / (AGE_CELLS * PLACE_CELLS);
        int age = cell / PLACE_CELLS % AGE_CELLS;
        int place = cell % PLACE_CELLS;
        double sum = 0;
        for (int d = 0; d < DATE_CELLS; d++) {
            if (!asWell(d, date, DATE_CELLS)) {
                continue;
            }
            for (int a = 0; a < AGE_CELLS; a++) {
                if (!asWell(a, age, AGE_CELLS)) {
                    continue;
                }
                for (int p = 0; p < PLACE_CELLS; p++) {
                    if (asWell(p, place, PLACE_CELLS)) {
                        sum += table[(d * AGE_CELLS + a) * PLACE_CELLS + p];
                    }
                }
            }
        }
        return sum;
    }

    /** Whether a sampled level (cell index) agrees as well as the pair's, on a field of {@code cells} cells. */
    private static boolean asWell(int sampled, int pair, int cells) {
        boolean pairAgrees = pair > 0 && pair < cells - 1;
        return !pairAgrees || sampled > 0 && sampled <= pair;
    }

    /**
     * The log odds (natural log) to take from a pair with this pattern: log(1 + E), E the expected number
     * of namesakes that agree with it as well by chance.
     */
    double penalty(int pattern, int a, int b) {
        double rivals = rivals(pattern, a, b);
        return rivals <= 0 ? 0 : Math.log1p(rivals);
    }

    /** E: the namesakes in the larger of the two records' lists, less the record itself, times the chance. */
    double rivals(int pattern, int a, int b) {
        boolean father = agrees(PairPattern.level(pattern, PairPattern.FATHER));
        boolean family = agrees(PairPattern.level(pattern, PairPattern.FAMILY));
        int kind = father && family ? FULL : family ? GIVEN_FAMILY : father ? GIVEN_FATHER : GIVEN;
        int count = Math.max(inList[kind][a], inList[kind][b]);
        if (count <= 1) {
            return 0;
        }
        return (count - 1) * chance[cellOf(pattern)];
    }

    private static boolean agrees(int level) {
        return level != FieldComparator.MISSING && level != NameComparator.DIFFERENT;
    }
}
