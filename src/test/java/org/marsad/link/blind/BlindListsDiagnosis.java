package org.marsad.link.blind;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.link.LabelledVictim;
import org.marsad.link.Linkage;
import org.marsad.link.LinkageCsv;
import org.marsad.link.Linker;
import org.marsad.link.PairwiseScore;
import org.marsad.link.VictimRecord;
import org.marsad.link.blind.BlindLists.Listed;

/**
 * Links the blind lists of 2,000 and 10,000 people for three seeds and prints precision, recall, F1 and
 * the missed and false pairs by kind. Run by name: {@code mvn -o -B test -Dtest=BlindListsDiagnosis}
 * ({@code -Dblind.people=2000 -Dblind.seeds=1}); asserts nothing, so it is not one of the suite's tests.
 * With {@code -Dblind.write=DIR} it writes the lists instead, as labelled Linkage CSV
 * ({@code DIR/blind-<people>-<seed>.csv}), for {@code bench link --in} to link under the product's own heap
 * (500,000 people do not fit beside the generator's tables in the test JVM).
 */
class BlindListsDiagnosis {

    @Test
    void printsScoresAndMissedPairsByKind() throws Exception {
        assumeTrue(BlindLists.present(), "../shared/data is not here");
        for (String people : System.getProperty("blind.people", "2000,10000").split(",")) {
            for (String seed : System.getProperty("blind.seeds", "1,2,3").split(",")) {
                List<Listed> lists = BlindLists.generate(Integer.parseInt(people), Long.parseLong(seed));
                List<VictimRecord> records = lists.stream().map(Listed::record).toList();
                String folder = System.getProperty("blind.write");
                if (folder != null) {
                    write(lists, Path.of(folder).resolve("blind-" + people + "-" + seed + ".csv"));
                    continue;
                }
                long start = System.nanoTime();
                Linkage linkage = Linker.link(records);
                double seconds = (System.nanoTime() - start) / 1e9;
                PairwiseScore score = PairwiseScore.of(lists.stream().map(l -> l.person().id()).toList(),
                        IntStream.range(0, records.size()).mapToObj(linkage::personOf).toList());
                System.out.printf("blind lists, %s people, seed %s, %d records, %.1f s: %s%n%s%n", people, seed,
                        records.size(), seconds, score, PairKinds.of(lists, linkage).table());
            }
        }
    }

    private static void write(List<Listed> lists, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            LinkageCsv.writeLabelled(lists.stream().map(l -> new LabelledVictim(l.record(), l.person().id())).toList(),
                    out);
        }
        System.out.printf("%s: %,d records%n", file, lists.size());
    }
}
