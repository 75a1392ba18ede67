package org.marsad.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.estimate.model.CaptureHistories;
import org.marsad.estimate.model.LatentClassSampler;

/** Refusals and cautions: what a statistician says instead of, or beside, a figure. */
class EstimatorTest {
    private static final LatentClassSampler.Settings QUICK = new LatentClassSampler.Settings(10, 0.25, 0.25, 1000, 500, 4);

    private static Estimate estimate(Method m, CaptureHistories h) {
        return new Estimator(m, 1, QUICK).estimate(h);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void twoListsAreRefused(Method m) {
        CaptureHistories two = CaptureHistories.of(List.of("A", "B"), Map.of("10", 50L, "01", 40L, "11", 20L));
        assertThatThrownBy(() -> estimate(m, two)).isInstanceOf(EstimateRefused.class)
                .hasMessageContaining("at least 3 lists")
                .satisfies(e -> assertThat(((EstimateRefused) e).reason().arabic()).contains("ثلاث"));
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aListThatHoldsEveryoneIsRefused(Method m) {
        CaptureHistories h = CaptureHistories.of(List.of("A", "B", "C"), Map.of("100", 50L, "110", 40L, "101", 20L, "111", 5L));
        assertThatThrownBy(() -> estimate(m, h)).isInstanceOf(EstimateRefused.class).hasMessageContaining("'A' names every");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void listsThatShareNobodyAreRefused(Method m) {
        CaptureHistories h = CaptureHistories.of(List.of("A", "B", "C"), Map.of("100", 50L, "010", 40L, "001", 20L));
        assertThatThrownBy(() -> estimate(m, h)).isInstanceOf(EstimateRefused.class).hasMessageContaining("no person is on two lists");
    }

    @Test
    void graphsRefuseSixLists() {
        CaptureHistories six = new SimulatedLists(2000, new double[] {0.3, 0.3, 0.3, 0.3, 0.3, 0.3}, 0, 1, 0).draw(1);
        assertThatThrownBy(() -> estimate(Method.GRAPHS, six)).hasMessageContaining("3 to 5 lists");
        assertThat(estimate(Method.INDEPENDENCE, six).estimate()).isBetween(1800L, 2200L);
    }

    @Test
    void aSmallSparseStratumGetsItsCautionsAndAFiniteInterval() {
        CaptureHistories h = CaptureHistories.of(List.of("A", "B", "C"),
                Map.of("100", 20L, "010", 15L, "001", 12L, "110", 2L, "011", 1L));
        for (Method m : Method.values()) {
            Estimate e = estimate(m, h);
            assertThat(e.low()).isGreaterThanOrEqualTo(h.documented()).isLessThanOrEqualTo(e.estimate());
            assertThat(e.high()).isGreaterThanOrEqualTo(e.estimate());
            assertThat(e.cautions()).extracting(Caution::kind)
                    .contains(Caution.Kind.SMALL_STRATUM, Caution.Kind.FEW_OVERLAPS, Caution.Kind.WIDE_INTERVAL);
            assertThat(e.cautions()).allSatisfy(c -> assertThat(c.arabic()).isNotBlank());
        }
    }

    @Test
    void wellOverlappingListsGetNoCaution() {
        Estimate e = estimate(Method.INDEPENDENCE, new SimulatedLists(10_000, new double[] {0.4, 0.4, 0.4}, 0, 1, 0).draw(3));
        assertThat(e.cautions()).isEmpty();
    }

    @Test
    void independenceRefusesListsTooThinToBoundTheTotal() {
        // one person on two lists and many on one: the likelihood keeps rising with the total
        CaptureHistories h = CaptureHistories.of(List.of("A", "B", "C"), Map.of("100", 500L, "010", 400L, "001", 300L, "110", 1L));
        assertThatThrownBy(() -> estimate(Method.INDEPENDENCE, h)).isInstanceOf(EstimateRefused.class)
                .hasMessageContaining("bound");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aSingleOverlapGivesNoInfiniteOrNanFigure(Method m) {
        CaptureHistories h = CaptureHistories.of(List.of("A", "B", "C"), Map.of("100", 500L, "010", 400L, "001", 300L, "110", 1L));
        try {
            Estimate e = estimate(m, h);
            assertThat(e.high()).isGreaterThanOrEqualTo(e.estimate()).isLessThan(Long.MAX_VALUE / 2);
            assertThat(e.cautions()).extracting(Caution::kind).contains(Caution.Kind.FEW_OVERLAPS);
        } catch (EstimateRefused refused) {
            assertThat(refused.reason().kind()).isEqualTo(Caution.Kind.UNBOUNDED);
        }
    }
}
