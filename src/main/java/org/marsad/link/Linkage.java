package org.marsad.link;

import java.util.List;
import org.marsad.link.block.MemoryOrder;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.score.ExpectationMaximization;
import org.marsad.link.score.MatchModel;
import org.marsad.link.score.NameRarity;
import org.marsad.link.score.PriorWeights;
import org.marsad.store.person.LinkDecision.Placement;

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

    /** A scored candidate pair, by record index, and where linking left it. */
    public record Pair(int first, int second, double probability, Placement linked) {
    }

    /**
     * The pairs a person should review: those the model doubts (probability in [low, high)) and, whatever
     * their probability under {@code high}, those holding a person together. Which pairs hold a person is
     * read from the strongest spanning tree of each person: people's "same" verdicts first, then candidate
     * pairs most probable first, each pair that joins two parts of its person not yet joined being a tie
     * (cutting it splits the person), any later pair of the person lying within.
     */
    public List<Pair> doubtfulPairs(double low, double high, Decisions decided) {
        int[] part = new int[person.length];
        for (int i = 0; i < part.length; i++) {
            part[i] = i;
        }
        for (long pair : decided.samePairs()) {
            join(part, PairList.first(pair), PairList.second(pair));
        }
        List<Pair> found = new java.util.ArrayList<>();
        for (int k : pairs.strongestFirst(0)) {
            double p = pairs.probability(k);
            int a = order.toInput(pairs.first(k));
            int b = order.toInput(pairs.second(k));
            Placement linked = person[a] != person[b] ? Placement.APART
                    : join(part, a, b) ? Placement.TIE : Placement.WITHIN;
            if (p < high && (p >= low || linked == Placement.TIE)) {
                found.add(new Pair(Math.min(a, b), Math.max(a, b), p, linked));
            }
        }
        return found;
    }

    /** Joins the parts of two records (union–find with path halving); false when they were one part already. */
    private static boolean join(int[] part, int a, int b) {
        int x = root(part, a);
        int y = root(part, b);
        if (x == y) {
            return false;
        }
        part[Math.max(x, y)] = Math.min(x, y);
        return true;
    }

    private static int root(int[] part, int i) {
        while (part[i] != i) {
            part[i] = part[part[i]];
            i = part[i];
        }
        return i;
    }

    /** Whether two records are linked into one person. */
    public boolean samePerson(int a, int b) {
        return person[a] == person[b];
    }

    /** The model that scored the pairs. */
    public MatchModel model() {
        return model;
    }

    /** The probability the model gave two records (input indices), or 0 when they were no candidate pair. */
    public double probabilityOf(int a, int b) {
        return pairs.probabilityOf(order.toMemory(a), order.toMemory(b));
    }

    /** Receives a candidate pair by input indices. */
    public interface PairVisitor {
        void visit(int a, int b, double probability);
    }

    /** Every candidate pair with its probability, for diagnosing a run against the truth. */
    public void forEachPair(PairVisitor visitor) {
        for (int k = 0; k < pairs.size(); k++) {
            visitor.visit(order.toInput(pairs.first(k)), order.toInput(pairs.second(k)), pairs.probability(k));
        }
    }

    /** Whether two records were linked by blocking into one candidate pair (for measuring blocking recall). */
    public boolean isCandidate(int a, int b) {
        return pairs.contains(order.toMemory(a), order.toMemory(b));
    }
}
