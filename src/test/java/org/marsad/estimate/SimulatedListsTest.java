package org.marsad.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.estimate.model.CaptureHistories;
import org.marsad.estimate.model.LatentClassSampler;

/**
 * Populations of known size where each method's assumptions hold: its 95% interval must cover the truth in
 * at least 4 populations of 5, and its estimate lie within 5% of it. Where they fail (README's table) the
 * tests assert the direction of the bias instead.
 */
class SimulatedListsTest {
    private static final int TRUE_TOTAL = 10_000;
    /** Shorter than LCMCR's settings to keep the suite fast; enough draws on 5 lists of thousands. */
    private static final LatentClassSampler.Settings SHORT = new LatentClassSampler.Settings(10, 0.25, 0.25, 2000, 1000, 5);
    private static final SimulatedLists INDEPENDENT = new SimulatedLists(TRUE_TOTAL, new double[] {0.35, 0.30, 0.30, 0.25, 0.20}, 0, 1, 0);
    private static final SimulatedLists COPYING = new SimulatedLists(TRUE_TOTAL, new double[] {0.35, 0.30, 0.30, 0.25, 0.20}, 0, 1, 0.2);

    private static int covered(Method m, SimulatedLists population) {
        int covers = 0;
        for (int seed = 1; seed <= 5; seed++) {
            Estimate e = new Estimator(m, seed, SHORT).estimate(population.draw(seed));
            boolean close = Math.abs(e.estimate() - TRUE_TOTAL) <= 0.05 * TRUE_TOTAL;
            covers += close && e.low() <= TRUE_TOTAL && TRUE_TOTAL <= e.high() ? 1 : 0;
        }
        return covers;
    }

    @Test
    void theSimulatorKeepsItsTruthAndCopiesIntoListTwo() {
        CaptureHistories independent = INDEPENDENT.draw(1);
        CaptureHistories copying = COPYING.draw(1);
        assertThat(independent.documented()).isLessThan(TRUE_TOTAL).isGreaterThan(7_000);
        // list 2 takes in a fifth of list 1: its overlap with list 1 grows, with the others it does not
        assertThat(copying.onBoth(0, 1)).isGreaterThan(independent.onBoth(0, 1) + 500);
        assertThat(Math.abs(copying.onBoth(2, 3) - independent.onBoth(2, 3))).isLessThan(100);
    }

    @Test
    void everyMethodCoversTheTruthOfIndependentLists() {
        for (Method m : Method.values()) {
            assertThat(covered(m, INDEPENDENT)).as(m.code()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void graphsAndLatentClassesCoverTheTruthWhenOneListCopiesAnother() {
        assertThat(covered(Method.GRAPHS, COPYING)).isGreaterThanOrEqualTo(4);
        assertThat(covered(Method.LCMCR, COPYING)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void independenceUnderestimatesWhenOneListCopiesAnother() {
        for (int seed = 1; seed <= 3; seed++) {
            Estimate e = new Estimator(Method.INDEPENDENCE, seed).estimate(COPYING.draw(seed));
            assertThat(e.high()).isLessThan(TRUE_TOTAL);
        }
    }
}
