package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.link.IndependentGeneratorTest;
import org.marsad.link.LabelledVictim;
import org.marsad.link.LinkageCsv;
import org.marsad.link.Linker;
import org.marsad.link.RealNamesTest;
import org.marsad.link.synthetic.SyntheticLists;

/** The stored prior weights: complete, sound, and what the large runs learn. */
class PriorWeightsTest {

    /** The name fields and the list: all that the real names tell (they have no place, one status). */
    private static final List<Integer> REAL_NAMES_FIELDS = List.of(PairPattern.GIVEN, PairPattern.FATHER,
            PairPattern.GRANDFATHER, PairPattern.FAMILY, PairPattern.LIST);

    @Test
    void storedWeightsCoverEveryLevelAndFallAsAgreementWorsens() {
        MatchModel prior = PriorWeights.MODEL;
        assertThat(prior.prior()).isBetween(0.01, 0.5);
        for (int field = 0; field < PairPattern.FIELDS.size(); field++) {
            int levels = PairPattern.FIELDS.get(field).levels().size();
            double m = 0;
            double u = 0;
            for (int level = 0; level < levels; level++) {
                assertThat(prior.m(field, level)).isPositive();
                assertThat(prior.u(field, level)).isPositive();
                m += prior.m(field, level);
                u += prior.u(field, level);
                if (level > 0) {
                    assertThat(weight(prior, field, level)).as(PairPattern.FIELDS.get(field).field() + " level " + level)
                            .isLessThanOrEqualTo(weight(prior, field, level - 1) + 1e-4); // six digits stored
                }
            }
            assertThat(m).isCloseTo(1, within(1e-4));
            assertThat(u).isCloseTo(1, within(1e-4));
        }
        // what the big runs agree on: the father differing is strong evidence against, equal ages for
        int father = PairPattern.FATHER;
        assertThat(weight(prior, father, NameComparator.DIFFERENT)).isLessThan(-2);
        assertThat(weight(prior, PairPattern.AGE, 0)).isGreaterThan(2);
    }

    @Test
    void aTableThatLacksALevelIsRefused() {
        String table = "match share\t0.1\ngiven name\tsame spelling\t0.5\t0.5\n";
        assertThatThrownBy(() -> PriorWeights.parse(new BufferedReader(new StringReader(table))))
                .hasMessageContaining("lacks").hasMessageContaining("same skeleton");
    }

    /**
     * Learns the prior again from the large runs and prints the table for {@code prior-weights.tsv}; run
     * with {@code mvn -o -B test -Dtest=PriorWeightsTest -Dmarsad.learnPrior=true} (two minutes). Fails
     * when the stored weights lie more than a bit (log2) from what the runs learn now at any level both
     * classes see often enough to tell.
     */
    @Test
    void storedWeightsAreWhatTheLargeRunsLearn(@TempDir Path dir) throws Exception {
        assumeTrue(Boolean.getBoolean("marsad.learnPrior"), "learning the prior takes minutes: -Dmarsad.learnPrior=true");
        List<MatchModel> everyField = new ArrayList<>();
        everyField.add(Linker.link(SyntheticLists.generate(50_000, 4, 2017).stream().map(LabelledVictim::record)
                .toList()).model());
        for (int seed : new int[] {1, 2}) {
            Path file = dir.resolve("independent-" + seed + ".csv");
            assumeTrue(IndependentGeneratorTest.generate(file, 10_000, seed), "python3 is not here");
            everyField.add(Linker.link(LinkageCsv.read(Files.newBufferedReader(file), file.toString())).model());
        }
        List<MatchModel> namesOnly = new ArrayList<>();
        if (RealNamesTest.present()) {
            namesOnly.add(Linker.link(RealNamesTest.read().records()).model());
        }
        MatchModel learned = consensus(everyField, namesOnly);
        System.out.print(table(learned));
        MatchModel stored = PriorWeights.MODEL;
        for (int field = 0; field < PairPattern.FIELDS.size(); field++) {
            for (int level = 0; level < PairPattern.FIELDS.get(field).levels().size(); level++) {
                if (Math.min(learned.m(field, level), learned.u(field, level)) > 0.01) {
                    assertThat(weight(stored, field, level)).as(PairPattern.FIELDS.get(field).field() + " level " + level)
                            .isCloseTo(weight(learned, field, level), within(1.0));
                }
            }
        }
    }

    /**
     * The mean of the runs' m and u, level by level (a mixture of the worlds they come from, so a level
     * one generator never produces for a match keeps the others' word), held monotone; the names-only
     * runs count for the name fields and the list. The match share is the mean of every run's.
     */
    static MatchModel consensus(List<MatchModel> everyField, List<MatchModel> namesOnly) {
        int fields = PairPattern.FIELDS.size();
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        for (int field = 0; field < fields; field++) {
            List<MatchModel> runs = new ArrayList<>(everyField);
            if (REAL_NAMES_FIELDS.contains(field)) {
                runs.addAll(namesOnly);
            }
            int levels = PairPattern.FIELDS.get(field).levels().size();
            m[field] = new double[levels];
            u[field] = new double[levels];
            for (MatchModel run : runs) {
                for (int level = 0; level < levels; level++) {
                    m[field][level] += run.m(field, level) / runs.size();
                    u[field][level] += run.u(field, level) / runs.size();
                }
            }
            ExpectationMaximization.monotone(m[field], u[field]);
        }
        double share = 0;
        List<MatchModel> all = new ArrayList<>(everyField);
        all.addAll(namesOnly);
        for (MatchModel run : all) {
            share += run.prior() / all.size();
        }
        return new MatchModel(share, m, u);
    }

    /** The model as the lines of {@code prior-weights.tsv} (without its header). */
    static String table(MatchModel model) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "match share\t%.4f%n", model.prior()));
        for (int field = 0; field < PairPattern.FIELDS.size(); field++) {
            List<String> levels = PairPattern.FIELDS.get(field).levels();
            for (int level = 0; level < levels.size(); level++) {
                out.append(String.format(Locale.ROOT, "%s\t%s\t%.6g\t%.6g%n", PairPattern.FIELDS.get(field).field(),
                        levels.get(level), model.m(field, level), model.u(field, level)));
            }
        }
        return out.toString();
    }

    private static double weight(MatchModel model, int field, int level) {
        return Math.log(model.m(field, level) / model.u(field, level)) / Math.log(2);
    }
}
