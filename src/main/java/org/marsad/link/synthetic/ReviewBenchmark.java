package org.marsad.link.synthetic;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.marsad.link.DatabaseLinking;
import org.marsad.link.Decisions;
import org.marsad.link.LabelledVictim;
import org.marsad.link.Linkage;
import org.marsad.link.Linker;
import org.marsad.link.PairwiseScore;
import org.marsad.link.ReviewQueue;
import org.marsad.link.VictimRecord;
import org.marsad.store.person.LinkDecision.Placement;

/**
 * The review benchmark: lists whose truth is kept are linked, then a simulated reviewer answers the
 * review queue's first pairs from the truth, in the queue's order of priority ({@link ReviewQueue}) and in
 * the order before it (most doubtful first); after each step the lists are linked again obeying the
 * verdicts, and the benchmark prints pairwise F1 and the count's error (persons counted against the true
 * number of dead). It first prints how often the doubtful pairs are truly one person, by probability, to
 * show how far the model's probabilities can be read as chances.
 */
public final class ReviewBenchmark {
    private static final double[] BUCKETS = {0, 0.1, 0.3, 0.55, 0.75, 0.9};

    private final PrintStream out;

    public ReviewBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Runs on lists whose truth is kept, answering the queue's first {@code steps} pairs at each step. */
    public void run(List<LabelledVictim> victims, List<Integer> steps) {
        List<VictimRecord> records = victims.stream().map(LabelledVictim::record).toList();
        List<String> truth = victims.stream().map(LabelledVictim::person).toList();
        long dead = truth.stream().distinct().count();
        Linkage linked = Linker.link(records);
        out.printf(Locale.ROOT, "%,d records of %,d dead%n", records.size(), dead);
        calibration(linked, truth);
        for (boolean priority : new boolean[] {false, true}) {
            List<ReviewQueue.Entry> queue = priority
                    ? ReviewQueue.byPriority(linked, DatabaseLinking.DOUBTFUL, DatabaseLinking.SURE, Decisions.none())
                    : ReviewQueue.byDoubt(linked, DatabaseLinking.DOUBTFUL, DatabaseLinking.SURE, Decisions.none());
            out.printf(Locale.ROOT, "%s (%,d pairs in the queue)%n",
                    priority ? "queue by expected change of the count" : "queue by doubt (|p - 0.5|, before)", queue.size());
            for (int answered : steps) {
                Decisions verdicts = Decisions.none();
                for (ReviewQueue.Entry e : queue.subList(0, Math.min(answered, queue.size()))) {
                    int a = e.pair().first();
                    int b = e.pair().second();
                    if (truth.get(a).equals(truth.get(b))) {
                        verdicts.confirmSame(a, b);
                    } else {
                        verdicts.confirmDifferent(a, b);
                    }
                }
                Linkage relinked = answered == 0 ? linked : Linker.link(records, verdicts);
                PairwiseScore score = PairwiseScore.of(truth,
                        IntStream.range(0, records.size()).mapToObj(relinked::personOf).toList());
                long persons = relinked.personCount();
                List<String> predicted = IntStream.range(0, records.size()).mapToObj(relinked::personOf).toList();
                out.printf(Locale.ROOT, "  %,5d answered: F1 %.4f (precision %.4f, recall %.4f); %,d persons for %,d dead, "
                                + "error %+,d (%+.2f%%) = %,d counted twice - %,d hidden in merges%n",
                        Math.min(answered, queue.size()), score.f1(), score.precision(), score.recall(), persons, dead,
                        persons - dead, 100.0 * (persons - dead) / dead, extraParts(truth, predicted),
                        extraParts(predicted, truth));
            }
        }
    }

    /**
     * How many more groups {@code by} splits the groups of {@code of} into than there are: with the truth
     * as {@code of}, the dead counted twice (or more); with the linkage as {@code of}, the dead hidden in
     * persons that join several.
     */
    private static long extraParts(List<String> of, List<String> by) {
        java.util.Map<String, java.util.Set<String>> parts = new java.util.HashMap<>();
        for (int i = 0; i < of.size(); i++) {
            parts.computeIfAbsent(of.get(i), k -> new java.util.HashSet<>()).add(by.get(i));
        }
        return parts.values().stream().mapToLong(s -> s.size() - 1).sum();
    }

    /** Per probability band and placement: pairs, their mean probability, and the share truly one person. */
    private void calibration(Linkage linked, List<String> truth) {
        out.println("doubtful pairs: placement, probability, pairs, mean probability, share truly one person");
        List<Linkage.Pair> pairs = linked.doubtfulPairs(0, DatabaseLinking.SURE, Decisions.none());
        for (Placement placement : Placement.values()) {
            for (int b = 0; b + 1 < BUCKETS.length; b++) {
                double low = BUCKETS[b];
                double high = BUCKETS[b + 1];
                List<Linkage.Pair> in = pairs.stream().filter(p -> p.linked() == placement
                        && p.probability() >= low && p.probability() < high).toList();
                if (in.isEmpty()) {
                    continue;
                }
                double mean = in.stream().mapToDouble(Linkage.Pair::probability).average().orElse(0);
                long same = in.stream().filter(p -> truth.get(p.first()).equals(truth.get(p.second()))).count();
                out.printf(Locale.ROOT, "  %-6s [%.2f, %.2f): %,6d pairs, mean p %.3f, truly one %.3f%n",
                        placement.code(), low, high, in.size(), mean, (double) same / in.size());
            }
        }
    }
}
