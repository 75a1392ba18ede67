package org.marsad.estimate;

import java.util.ArrayList;
import java.util.List;
import org.marsad.estimate.model.CaptureHistories;
import org.marsad.estimate.model.Draws;

/**
 * Lists drawn from a population of known size, to see where each estimator errs: persons differ in how
 * visible they are (a hidden group every list rarely reaches, as the dead of a besieged town), and one list
 * may copy part of another (an NGO that takes names from a ministry's list). Lists are named L1, L2, ….
 *
 * @param total      the true number of deaths
 * @param capture    each list's probability of documenting a visible person
 * @param hidden     the share of persons who are hard to document
 * @param hiddenRate how much less likely each list documents a hidden person (0.2 = five times less)
 * @param copied     the share of list 1's persons that list 2 copies in (0 = independent lists)
 */
public record SimulatedLists(int total, double[] capture, double hidden, double hiddenRate, double copied) {

    /** The scenario the unseen check uses: 5 lists, 10,000 deaths, heterogeneity and one copying list. */
    public static SimulatedLists fiveListsWithDependence() {
        return new SimulatedLists(10_000, new double[] {0.30, 0.25, 0.20, 0.20, 0.15}, 0.3, 0.25, 0.3);
    }

    public CaptureHistories draw(long seed) {
        Draws random = new Draws(seed);
        int k = capture.length;
        long[] counts = new long[1 << k];
        for (int i = 0; i < total; i++) {
            double scale = random.uniform() < hidden ? hiddenRate : 1;
            int pattern = 0;
            for (int j = 0; j < k; j++) {
                if (random.uniform() < capture[j] * scale) {
                    pattern |= 1 << j;
                }
            }
            if (k > 1 && (pattern & 1) == 1 && random.uniform() < copied) {
                pattern |= 2;
            }
            counts[pattern]++;
        }
        counts[0] = 0;
        List<String> names = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            names.add("L" + (j + 1));
        }
        return new CaptureHistories(names, counts);
    }
}
