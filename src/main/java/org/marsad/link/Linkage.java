package org.marsad.link;

import java.util.List;

/**
 * The result of linking a list of victim records: which records are one person, the learned model that
 * decided it, and the candidate pairs it scored.
 */
public final class Linkage {

    private final List<VictimRecord> records;
    private final int[] person;
    private final MatchModel model;
    /** The candidate pairs, by the records' places in memory ({@link MemoryOrder}). */
    private final ScoredPairs pairs;
    private final MemoryOrder order;

    private final String timings;

    Linkage(List<VictimRecord> records, int[] person, MatchModel model, ScoredPairs pairs, MemoryOrder order,
            String timings) {
        this.timings = timings;
        this.order = order;
        this.records = records;
        this.person = person;
        this.model = model;
        this.pairs = pairs;
    }

    /** The person of a record, named by the id of that person's first record in input order. */
    public String personOf(int record) {
        return records.get(person[record]).id();
    }

    /** How many distinct persons the records hold. */
    public int personCount() {
        int count = 0;
        for (int i = 0; i < person.length; i++) {
            if (person[i] == i) {
                count++;
            }
        }
        return count;
    }

    /** Seconds spent in each step of the linkage, for benchmarks. */
    public String timings() {
        return timings;
    }

    /** Number of candidate pairs blocking produced and the comparators scored. */
    public int candidatePairCount() {
        return pairs.size();
    }

    /** The learned Fellegi–Sunter weights per field and level, as text for {@code --explain}. */
    public String explain() {
        return model.explain()
                + "EM started from the prior weights learned on large lists (" + PriorWeights.RESOURCE + "), counted as "
                + (int) ExpectationMaximization.PRIOR_PAIRS + " candidate pairs beside this list's" + System.lineSeparator()
                + "agreeing on a name part or the place adds its rarity, log(sum of tf^2 / tf) of its skeleton"
                + " when above 0, at most " + NameRarity.LIMIT + " (natural log): a rare name weighs more than محمد"
                + System.lineSeparator();
    }

    /** A scored candidate pair, by record index. */
    public record Pair(int first, int second, double probability) {
    }

    /** The candidate pairs whose match probability lies in [low, high): the doubtful ones, for review. */
    public List<Pair> pairsBetween(double low, double high) {
        List<Pair> found = new java.util.ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            double p = pairs.probability(k);
            if (p >= low && p < high) {
                int a = order.toInput(pairs.first(k));
                int b = order.toInput(pairs.second(k));
                found.add(new Pair(Math.min(a, b), Math.max(a, b), p));
            }
        }
        return found;
    }

    /** Whether two records are linked into one person. */
    public boolean samePerson(int a, int b) {
        return person[a] == person[b];
    }

    /** The model that scored the pairs. */
    MatchModel model() {
        return model;
    }

    /** Whether two records were linked by blocking into one candidate pair (for measuring blocking recall). */
    boolean isCandidate(int a, int b) {
        return pairs.contains(order.toMemory(a), order.toMemory(b));
    }
}
