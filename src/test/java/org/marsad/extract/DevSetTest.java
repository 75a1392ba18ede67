package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the development set (reports written for Marsad, with gold claims): a claim
 * matches a gold claim with the same outcome, group and count. The floor is the score reached, so
 * quality never slides back.
 */
class DevSetTest {

    /** F1 reached on the development set when this floor was set, rounded down. */
    private static final double F1_FLOOR = 0.99;

    @Test
    void scoresAtLeastTheFloorOnTheDevelopmentSet() throws IOException, URISyntaxException {
        Path dir = Path.of(DevSetTest.class.getResource("devset").toURI());
        List<Path> reports;
        try (Stream<Path> files = Files.list(dir)) {
            reports = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ClaimExtractor extractor = new ClaimExtractor();
        Score total = new Score();
        for (Path report : reports) {
            GoldFile gold = GoldFile.read(report);
            Score score = Score.of(gold.claims(), GoldFile.keys(extractor.extract(gold.text())));
            total.add(score);
            if (!score.errors.isEmpty()) {
                System.out.println(gold.name() + ": " + score.errors);
            }
        }
        System.out.printf("devset: %d reports, precision %.3f, recall %.3f, F1 %.3f%n", reports.size(),
                total.precision(), total.recall(), total.f1());
        assertThat(reports).hasSizeGreaterThanOrEqualTo(60);
        assertThat(total.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    }

    /** Matches of extracted figures against gold figures, as a multiset on outcome, group and count. */
    static final class Score {
        int matched;
        int extracted;
        int gold;
        final List<String> errors = new ArrayList<>();

        static Score of(List<GoldFile.Key> gold, List<GoldFile.Key> extracted) {
            Score s = new Score();
            s.gold = gold.size();
            s.extracted = extracted.size();
            List<String> left = new ArrayList<>(gold.stream().map(GoldFile.Key::figure).toList());
            for (GoldFile.Key k : extracted) {
                if (left.remove(k.figure())) {
                    s.matched++;
                } else {
                    s.errors.add("extra " + k.figure());
                }
            }
            left.forEach(k -> s.errors.add("missed " + k));
            return s;
        }

        void add(Score s) {
            matched += s.matched;
            extracted += s.extracted;
            gold += s.gold;
        }

        double precision() {
            return extracted == 0 ? 0 : (double) matched / extracted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
