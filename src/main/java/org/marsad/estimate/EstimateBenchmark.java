package org.marsad.estimate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.estimate.model.CaptureHistories;
import org.marsad.estimate.model.LatentClassSampler;
import org.marsad.estimate.model.SamplerDiagnostics;

/**
 * {@code bench estimate}: the sampler's time on Kosovo at LCMCR's settings, on simulated lists of ten
 * thousand and a million documented persons (an iteration costs patterns × classes × lists, not persons),
 * and with {@code --simulations} each method's bias and coverage on populations of known size.
 */
public final class EstimateBenchmark {
    /** A simulated population and what it shows. */
    record Scenario(String name, SimulatedLists lists) {
    }

    /** Populations of 10,000 deaths on 5 lists, from the estimators' easy case to their hard ones. */
    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("independent, homogeneous", new SimulatedLists(10_000, new double[] {0.35, 0.30, 0.30, 0.25, 0.20}, 0, 1, 0)),
            new Scenario("list 2 copies 20% of list 1", new SimulatedLists(10_000, new double[] {0.35, 0.30, 0.30, 0.25, 0.20}, 0, 1, 0.2)),
            new Scenario("half the dead 2x harder to document", new SimulatedLists(10_000, new double[] {0.5, 0.4, 0.4, 0.3, 0.3}, 0.5, 0.5, 0)),
            new Scenario("2x harder half + copying 30%", new SimulatedLists(10_000, new double[] {0.5, 0.4, 0.4, 0.3, 0.3}, 0.5, 0.5, 0.3)),
            new Scenario("30% of the dead 2.5x harder + copying 30%", new SimulatedLists(10_000, new double[] {0.35, 0.30, 0.30, 0.25, 0.20}, 0.3, 0.4, 0.3)),
            new Scenario("30% of the dead 4x harder + copying 30%", SimulatedLists.fiveListsWithDependence()));

    private final PrintStream out;

    public EstimateBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int simulations) {
        LatentClassSampler.Settings lcmcr = LatentClassSampler.Settings.LCMCR;
        out.printf(Locale.ROOT, "lcmcr sampler, K = %d, burn-in %d + %d draws x %d = %d iterations, one thread%n",
                lcmcr.classes(), lcmcr.burnIn(), lcmcr.samples(), lcmcr.thinning(), lcmcr.iterations());
        time("Kosovo 1999 (4 lists, 4,400 persons)", Kosovo.histories());
        double[] six = {0.3, 0.25, 0.25, 0.2, 0.2, 0.15};
        time("simulated 6 lists, 10^4 documented", new SimulatedLists(14_000, six, 0.3, 0.5, 0.2).draw(1));
        time("simulated 6 lists, 10^6 documented", new SimulatedLists(1_400_000, six, 0.3, 0.5, 0.2).draw(1));
        if (simulations > 0) {
            kosovoSeeds(simulations);
            simulations(simulations);
        }
    }

    private void time(String name, CaptureHistories h) {
        LatentClassSampler.Run run = new LatentClassSampler(h, LatentClassSampler.Settings.LCMCR, 1).run();
        out.printf(Locale.ROOT, "%-38s documented %,9d  patterns %3d  CPU %5.2f s (%.1f us/iteration), wall %5.2f s  N %d [%d-%d]%n",
                name, h.documented(), h.occupiedPatterns().length, run.cpuNanos() / 1e9,
                run.cpuNanos() / 1e3 / LatentClassSampler.Settings.LCMCR.iterations(), run.nanos() / 1e9,
                SamplerDiagnostics.quantile(run.totals(), 0.5), SamplerDiagnostics.quantile(run.totals(), 0.025),
                SamplerDiagnostics.quantile(run.totals(), 0.975));
    }

    /** LCMCR's Monte Carlo error on Kosovo: its quantiles over seeds, mean and standard deviation. */
    private void kosovoSeeds(int seeds) {
        double[][] q = new double[3][seeds];
        for (int i = 0; i < seeds; i++) {
            long[] totals = new LatentClassSampler(Kosovo.histories(), LatentClassSampler.Settings.LCMCR, i + 1).run().totals();
            q[0][i] = SamplerDiagnostics.quantile(totals, 0.025);
            q[1][i] = SamplerDiagnostics.quantile(totals, 0.5);
            q[2][i] = SamplerDiagnostics.quantile(totals, 0.975);
        }
        out.printf(Locale.ROOT, "%nKosovo, lcmcr over seeds 1-%d (LCMCR published 9,014 / 10,451 / 13,540):%n", seeds);
        String[] names = {"2.5%", "50%", "97.5%"};
        for (int k = 0; k < 3; k++) {
            double mean = java.util.Arrays.stream(q[k]).average().orElse(0);
            double sd = Math.sqrt(java.util.Arrays.stream(q[k]).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, seeds - 1));
            out.printf(Locale.ROOT, "  %-6s mean %,8.0f  sd %,6.0f  range %,.0f-%,.0f%n", names[k], mean, sd,
                    java.util.Arrays.stream(q[k]).min().orElse(0), java.util.Arrays.stream(q[k]).max().orElse(0));
        }
    }

    /** A Markdown table: per scenario and method, mean estimate, mean error, coverage, mean interval width. */
    private void simulations(int seeds) {
        out.printf(Locale.ROOT, "%n%d populations per scenario (seeds 1-%d), true total 10,000; lcmcr at LCMCR's settings%n%n",
                seeds, seeds);
        out.println("| scenario | documented | method | mean estimate | mean error | 95% interval covers | mean width |");
        out.println("|---|---|---|---|---|---|---|");
        for (Scenario s : SCENARIOS) {
            List<CaptureHistories> drawn = new ArrayList<>();
            for (int seed = 1; seed <= seeds; seed++) {
                drawn.add(s.lists().draw(seed));
            }
            long documented = Math.round(drawn.stream().mapToLong(CaptureHistories::documented).average().orElse(0));
            for (Method m : Method.values()) {
                double sum = 0;
                double width = 0;
                int covers = 0;
                for (int i = 0; i < seeds; i++) {
                    Estimate e = new Estimator(m, i + 1).estimate(drawn.get(i));
                    sum += e.estimate();
                    width += e.high() - e.low();
                    covers += e.low() <= s.lists().total() && s.lists().total() <= e.high() ? 1 : 0;
                }
                double mean = sum / seeds;
                out.printf(Locale.ROOT, "| %s | %,d | %s | %,.0f | %+.1f%% | %d of %d | %,.0f |%n", s.name(), documented,
                        m.code(), mean, 100 * (mean - s.lists().total()) / s.lists().total(), covers, seeds, width / seeds);
            }
        }
    }
}
