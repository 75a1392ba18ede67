package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.link.Sex;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;

class ExpectationMaximizationTest {

    @Test
    void poolsLevelsWhoseWeightsRiseAsAgreementWorsens() {
        double[] m = {0.1, 0.6, 0.2, 0.1};
        double[] u = {0.5, 0.1, 0.1, 0.3};
        ExpectationMaximization.monotone(m, u);
        for (int level = 1; level < m.length; level++) {
            assertThat(m[level] / u[level]).isLessThanOrEqualTo(m[level - 1] / u[level - 1] + 1e-12);
        }
        // the first three levels are pooled into one weight, the last keeps its own
        assertThat(m[0] / u[0]).isCloseTo(0.9 / 0.7, within(1e-12));
        assertThat(m[2] / u[2]).isCloseTo(0.9 / 0.7, within(1e-12));
        assertThat(m[3]).isCloseTo(0.1, within(1e-12));
        assertThat(Arrays.stream(m).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void leavesWeightsThatAlreadyFallAlone() {
        double[] m = {0.7, 0.2, 0.1};
        double[] u = {0.1, 0.3, 0.6};
        ExpectationMaximization.monotone(m, u);
        assertThat(m[0]).isCloseTo(0.7, within(1e-12));
        assertThat(m[1]).isCloseTo(0.2, within(1e-12));
        assertThat(m[2]).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void aHandfulOfPairsCannotTurnThePriorWeights() {
        int same = RecordProfileFixture.pattern("محمد أحمد خالد الحسن", "محمد احمد خالد حسن", 0, 0).pattern();
        MatchModel learned = ExpectationMaximization.fit(Map.of(same, 3L));
        MatchModel prior = PriorWeights.MODEL;
        // EM without a prior learned from such pairs that every pair is a match (share 0.999)
        assertThat(learned.prior()).isLessThan(0.5);
        // levels the pairs never show keep the prior's sign and most of its strength (the half-pair
        // floor of every level weighs on three pairs too)
        for (int level = 0; level < 4; level++) {
            assertThat(weight(learned, PairPattern.FATHER, level)).as("father's name, level " + level)
                    .isCloseTo(weight(prior, PairPattern.FATHER, level), within(2.0));
        }
        assertThat(weight(learned, PairPattern.FATHER, NameComparator.DIFFERENT)).isLessThan(-2);
    }

    @Test
    void manyPairsOutweighThePrior() {
        int same = RecordProfileFixture.pattern("محمد أحمد خالد الحسن", "محمد احمد خالد حسن", 0, 0).pattern();
        int apart = RecordProfileFixture.pattern("محمد أحمد خالد الحسن", "محمد سعيد خالد الحسن", 0, 200).pattern();
        MatchModel learned = ExpectationMaximization.fit(Map.of(same, 50_000L, apart, 50_000L));
        assertThat(PriorWeights.MODEL.prior()).isLessThan(0.2);
        assertThat(learned.prior()).isBetween(0.45, 0.55);
    }

    private static double weight(MatchModel model, int field, int level) {
        return Math.log(model.m(field, level) / model.u(field, level)) / Math.log(2);
    }

    /** Two records with given names and days of death, compared. */
    private record RecordProfileFixture(int pattern) {
        static RecordProfileFixture pattern(String a, String b, int dayA, int dayB) {
            java.time.LocalDate start = java.time.LocalDate.of(2024, 1, 1);
            VictimRecord x = new VictimRecord("a", a, "list-1", Sex.MALE, 30, start.plusDays(dayA), null, null);
            VictimRecord y = new VictimRecord("b", b, "list-2", Sex.MALE, 30, start.plusDays(dayB), null, null);
            NameLexicon lexicon = NameLexicon.of(java.util.List.of(x, y));
            return new RecordProfileFixture(PairPattern.of(RecordProfile.of(x, lexicon), RecordProfile.of(y, lexicon)));
        }
    }
}
