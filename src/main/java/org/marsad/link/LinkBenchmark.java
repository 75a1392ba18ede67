package org.marsad.link;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The linkage benchmark: generated lists of a population (truth kept), linked at growing sizes; prints
 * records, candidate pairs, wall time, heap in use and pairwise precision, recall and F1 for each size.
 */
public final class LinkBenchmark {
    private final PrintStream out;

    public LinkBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Links generated lists of each population size, four lists each, and prints one line per size. */
    public void run(List<Integer> populations, int lists) {
        for (int people : populations) {
            List<LabelledVictim> generated = SyntheticLists.generate(people, lists, 2026);
            List<VictimRecord> records = generated.stream().map(LabelledVictim::record).toList();
            System.gc();
            long start = System.nanoTime();
            Linkage linkage = Linker.link(records);
            double seconds = (System.nanoTime() - start) / 1e9;
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
            PairwiseScore score = PairwiseScore.of(generated.stream().map(LabelledVictim::person).toList(),
                    IntStream.range(0, records.size()).mapToObj(linkage::personOf).toList());
            out.printf("%,d people, %,d records, %,d candidate pairs: %.1f s, heap in use %,d MB; %s%n", people,
                    records.size(), linkage.candidatePairCount(), seconds, heapMb, score);
        }
    }
}
