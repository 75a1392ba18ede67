package org.marsad.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.marsad.estimate.model.CaptureHistories;
import org.marsad.estimate.model.GraphAveraging;
import org.marsad.estimate.model.LatentClassSampler;
import org.marsad.estimate.model.LogLinearModel;
import org.marsad.estimate.model.SamplerDiagnostics;

/** Estimates the total from capture histories by one method, with its cautions; the package's entry point. */
public final class Estimator {
    /** The interval's coverage: 95%, as HRDAG publishes. */
    public static final double LEVEL = 0.95;
    /** Graphs shown by {@code --explain}: the most probable, which usually hold nearly all the weight. */
    private static final int SHOWN_GRAPHS = 5;
    /** Tail mass at the far end of the graphs' grid above which the upper bound is said to be understated. */
    private static final double HEAVY_TAIL = 0.01;
    /**
     * An upper bound this many times the documented is no bound: the sampler has wandered off where the
     * overlaps no longer hold the total (dga's grid stops at 30 times).
     */
    private static final long UNBOUNDED = 100;

    private final Method method;
    private final long seed;
    private final LatentClassSampler.Settings settings;

    public Estimator(Method method, long seed) {
        this(method, seed, LatentClassSampler.Settings.LCMCR);
    }

    Estimator(Method method, long seed, LatentClassSampler.Settings settings) {
        this.method = method;
        this.seed = seed;
        this.settings = settings;
    }

    /** The estimate, or {@link EstimateRefused} when the lists cannot support one. */
    public Estimate estimate(CaptureHistories h) {
        Caution refusal = Cautions.refusal(h, method);
        if (refusal != null) {
            throw new EstimateRefused(refusal);
        }
        return switch (method) {
            case INDEPENDENCE -> independence(h);
            case GRAPHS -> graphs(h);
            case LCMCR -> latentClasses(h);
        };
    }

    private Estimate independence(CaptureHistories h) {
        LogLinearModel model = new LogLinearModel(h, LogLinearModel.Terms.MAIN);
        OptionalDouble total = model.total();
        if (total.isEmpty()) {
            throw new EstimateRefused(Cautions.unbounded());
        }
        double[] interval = model.interval(LEVEL, total.getAsDouble());
        if (!Double.isFinite(interval[1])) {
            throw new EstimateRefused(Cautions.unbounded());
        }
        long estimate = Math.round(total.getAsDouble());
        long low = Math.max(h.documented(), (long) Math.floor(interval[0]));
        long high = (long) Math.ceil(interval[1]);
        List<Estimate.Detail> details = List.of(
                new Estimate.Detail("total (maximum likelihood)", String.format(Locale.ROOT, "%.3f", total.getAsDouble())),
                new Estimate.Detail("interval", "profile likelihood (Cormack 1992)"));
        return new Estimate(method, h, estimate, low, high, LEVEL, Cautions.of(h, estimate, low, high), details);
    }

    private Estimate graphs(CaptureHistories h) {
        // delta = 1/2^k: the prior weighs as much as one person spread over the complete table, as HRDAG uses dga
        double delta = 1.0 / (1 << h.listCount());
        GraphAveraging.Posterior p = new GraphAveraging(delta, GraphAveraging.Prior.reciprocal()).posterior(h);
        long estimate = p.quantile(0.5);
        long low = p.quantile((1 - LEVEL) / 2);
        long high = p.quantile(1 - (1 - LEVEL) / 2);
        List<Caution> cautions = new ArrayList<>(Cautions.of(h, estimate, low, high));
        if (p.tail() > HEAVY_TAIL) {
            cautions.add(Cautions.heavyTail(p.tail()));
        }
        List<Estimate.Detail> details = new ArrayList<>();
        details.add(new Estimate.Detail("prior", "hyper-Dirichlet, delta = 1/" + (1 << h.listCount()) + " per cell; 1/N on the total"));
        details.add(new Estimate.Detail("posterior mode", Long.toString(p.mode())));
        for (GraphAveraging.Weight w : p.graphs().subList(0, Math.min(SHOWN_GRAPHS, p.graphs().size()))) {
            details.add(new Estimate.Detail("graph weight " + w.graph(), String.format(Locale.ROOT, "%.4f", w.probability())));
        }
        return new Estimate(method, h, estimate, low, high, LEVEL, cautions, details);
    }

    private Estimate latentClasses(CaptureHistories h) {
        LatentClassSampler.Run run = new LatentClassSampler(h, settings, seed).run();
        long estimate = SamplerDiagnostics.quantile(run.totals(), 0.5);
        long low = SamplerDiagnostics.quantile(run.totals(), (1 - LEVEL) / 2);
        long high = SamplerDiagnostics.quantile(run.totals(), 1 - (1 - LEVEL) / 2);
        if (high > UNBOUNDED * h.documented()) {
            throw new EstimateRefused(Cautions.unbounded());
        }
        SamplerDiagnostics d = SamplerDiagnostics.of(run.totals());
        List<Caution> cautions = new ArrayList<>(Cautions.of(h, estimate, low, high));
        if (d.effectiveDraws() < Cautions.FEW_EFFECTIVE_DRAWS) {
            cautions.add(Cautions.slowMixing(d.effectiveDraws()));
        }
        List<Estimate.Detail> details = List.of(
                new Estimate.Detail("settings", String.format(Locale.ROOT,
                        "K = %d classes, a = b = %s, burn-in %d, %d draws thinned by %d, seed %d", settings.classes(),
                        settings.a(), settings.burnIn(), settings.samples(), settings.thinning(), seed)),
                new Estimate.Detail("effective draws", String.format(Locale.ROOT, "%.0f", d.effectiveDraws())),
                new Estimate.Detail("median of first / second half", d.firstHalfMedian() + " / " + d.secondHalfMedian()),
                new Estimate.Detail("classes occupied (mean)", String.format(Locale.ROOT, "%.2f", run.meanOccupiedClasses())),
                new Estimate.Detail("concentration alpha (mean)", String.format(Locale.ROOT, "%.3f", run.meanConcentration())),
                new Estimate.Detail("sampler time", String.format(Locale.ROOT, "%.2f s (%.2f s of CPU)", run.nanos() / 1e9,
                        run.cpuNanos() / 1e9)));
        return new Estimate(method, h, estimate, low, high, LEVEL, cautions, details);
    }
}
