package org.marsad.link.synthetic;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.IntStream;
import org.marsad.link.LabelledVictim;
import org.marsad.link.Linkage;
import org.marsad.link.LinkageCsv;
import org.marsad.link.LinkageDiagnosis;
import org.marsad.link.Linker;
import org.marsad.link.PairwiseScore;
import org.marsad.link.VictimRecord;

/**
 * The linkage benchmark: generated lists of a population (truth kept), linked at growing sizes; prints
 * records, candidate pairs, wall time, heap in use and pairwise precision, recall and F1 for each size.
 */
public final class LinkBenchmark {
    private final PrintStream out;

    public LinkBenchmark(PrintStream out) {
        this.out = out;
    }

    /** The share of true pairs (records of one person) that blocking made candidate pairs. */
    public static double blockingRecall(List<LabelledVictim> victims, Linkage linkage) {
        java.util.Map<String, List<Integer>> byPerson = new java.util.HashMap<>();
        for (int i = 0; i < victims.size(); i++) {
            byPerson.computeIfAbsent(victims.get(i).person(), p -> new java.util.ArrayList<>()).add(i);
        }
        long pairs = 0;
        long found = 0;
        for (List<Integer> records : byPerson.values()) {
            for (int x = 0; x < records.size(); x++) {
                for (int y = x + 1; y < records.size(); y++) {
                    pairs++;
                    if (linkage.isCandidate(records.get(x), records.get(y))) {
                        found++;
                    }
                }
            }
        }
        return pairs == 0 ? 1.0 : (double) found / pairs;
    }

    /** Writes the generated lists of each population size as labelled Linkage CSV files in a folder. */
    public void write(List<Integer> populations, int lists, java.nio.file.Path folder) {
        write(populations, lists, folder, false);
    }

    /** Writes the lists of each population size; with {@code harsh}, those of {@link HarshLists} (harsh-N.csv). */
    public void write(List<Integer> populations, int lists, java.nio.file.Path folder, boolean harsh) {
        try {
            java.nio.file.Files.createDirectories(folder);
            for (int people : populations) {
                java.nio.file.Path file = folder.resolve((harsh ? "harsh-" : "generated-") + people + ".csv");
                List<LabelledVictim> generated = harsh ? HarshLists.generate(people, lists, 2026)
                        : SyntheticLists.generate(people, lists, 2026);
                try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file)) {
                    LinkageCsv.writeLabelled(generated, w);
                }
                out.printf("%s: %,d records%n", file, generated.size());
            }
        } catch (java.io.IOException e) {
            throw new org.marsad.InputError("cannot write to " + folder + ": " + e.getMessage());
        }
    }

    /** Links generated lists of each population size, four lists each, and prints one line per size. */
    public void run(List<Integer> populations, int lists) {
        run(populations, lists, false);
    }

    /**
     * Links generated lists of each population size and prints one line per size; with {@code harsh},
     * the lists of {@link HarshLists} instead of {@link SyntheticLists}.
     */
    public void run(List<Integer> populations, int lists, boolean harsh) {
        run(populations, lists, harsh, HarshLists.FIRST_VERSION);
    }

    /** Links generated lists of each population size; with {@code harsh}, those of that version of {@link HarshLists}. */
    public void run(List<Integer> populations, int lists, boolean harsh, int harshVersion) {
        for (int people : populations) {
            List<LabelledVictim> generated = harsh ? HarshLists.generate(people, lists, 2026, harshVersion)
                    : SyntheticLists.generate(people, lists, 2026);
            String kind = harsh ? "harsh lists" + (harshVersion == HarshLists.FIRST_VERSION ? "" : " (version "
                    + harshVersion + ")") + ": " : "";
            measure(kind + String.format("%,d people, ", people), generated);
        }
    }

    /**
     * Links labelled lists made elsewhere (another generator's, written as Linkage CSV with the truth) and
     * prints one line as for generated ones: held-out lists are measured as the lists of our generators are.
     * With {@code diagnose}, then where the linkage errs ({@link LinkageDiagnosis}).
     */
    public void run(String name, List<LabelledVictim> labelled, boolean diagnose) {
        long people = labelled.stream().map(LabelledVictim::person).distinct().count();
        Linkage linkage = measure(String.format("%s: %,d people, ", name, people), labelled);
        if (diagnose) {
            LinkageDiagnosis.print(labelled, linkage, out);
        }
    }

    private Linkage measure(String label, List<LabelledVictim> labelled) {
        List<VictimRecord> records = labelled.stream().map(LabelledVictim::record).toList();
        System.gc();
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        Linkage linkage = Linker.link(records);
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapMb = heap.stop() >> 20;
        PairwiseScore score = PairwiseScore.of(labelled.stream().map(LabelledVictim::person).toList(),
                IntStream.range(0, records.size()).mapToObj(linkage::personOf).toList());
        out.printf("%s%,d records, %,d candidate pairs (blocking recall %.4f): %.1f s (%s), "
                        + "peak heap used %,d MB; %s%n", label, records.size(), linkage.candidatePairCount(),
                blockingRecall(labelled, linkage), seconds, linkage.timings(), heapMb, score);
        return linkage;
    }
}
