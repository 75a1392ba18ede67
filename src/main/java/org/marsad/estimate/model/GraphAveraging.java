package org.marsad.estimate.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.apache.commons.math3.special.Gamma;

/**
 * Bayesian model averaging over decomposable graphical log-linear models (Madigan and York 1997), computed
 * as HRDAG's dga package does: a hyper-Dirichlet prior with {@code delta} per cell of the complete table,
 * all decomposable graphs equally likely a priori, and the posterior of the total over a grid of
 * undocumented counts, each weighted by the multinomial coefficient, the graph's marginal likelihood and
 * the prior on the total.
 */
public final class GraphAveraging {
    /** The grid reaches this many times the documented (dga's maxMissingMult is 30). */
    private static final long REACH = 30;
    /** Most grid points; beyond, the grid steps over undocumented counts. */
    private static final int GRID = 40_000;
    /** Points of the first, coarse pass that finds where the posterior ends. */
    private static final int COARSE = 2_000;
    /** Posterior mass left beyond the fine grid. */
    private static final double NEGLIGIBLE = 1e-9;

    /** The prior on the total N. */
    public interface Prior extends LongToDoubleFunction {
        /** dga's default, proportional to 1/N. */
        static Prior reciprocal() {
            return n -> -Math.log(n);
        }

        /** Negative binomial with shape a and scale b (mean a·b), Madigan and York's informative prior. */
        static Prior negativeBinomial(double a, double b) {
            return n -> n * Math.log(b) - (n + a) * Math.log1p(b) + Gamma.logGamma(n + a) - Gamma.logGamma(n + 1.0)
                    - Gamma.logGamma(a);
        }
    }

    /** A graph's posterior probability, for {@code --explain}. */
    public record Weight(String graph, double probability) {
    }

    /** The posterior of the total on its grid, with the graphs' weights. */
    public record Posterior(long[] totals, double[] probability, List<Weight> graphs) {
        public long quantile(double q) {
            double sum = 0;
            for (int i = 0; i < totals.length; i++) {
                sum += probability[i];
                if (sum >= q) {
                    return totals[i];
                }
            }
            return totals[totals.length - 1];
        }

        public long mode() {
            int best = 0;
            for (int i = 1; i < totals.length; i++) {
                if (probability[i] > probability[best]) {
                    best = i;
                }
            }
            return totals[best];
        }

        /** Posterior mass on the last tenth of the grid: large when the grid cut the tail. */
        public double tail() {
            double sum = 0;
            for (int i = totals.length - totals.length / 10; i < totals.length; i++) {
                sum += probability[i];
            }
            return sum;
        }
    }

    private final double delta;
    private final Prior prior;

    public GraphAveraging(double delta, Prior prior) {
        this.delta = delta;
        this.prior = prior;
    }

    /**
     * The posterior on a grid of every undocumented count where it can, found in two passes: a coarse one
     * over dga's whole range to see where the mass ends, then a fine one up to there.
     */
    public Posterior posterior(CaptureHistories h) {
        long reach = REACH * Math.max(h.documented(), 10);
        Posterior coarse = posterior(h, reach, Math.max(1, (reach + COARSE - 1) / COARSE));
        long end = coarse.quantile(1 - NEGLIGIBLE) - h.documented();
        if (end >= reach - reach / 10) {
            return coarse;
        }
        long fine = Math.max(2 * end, 100);
        return posterior(h, fine, Math.max(1, (fine + GRID - 1) / GRID));
    }

    private Posterior posterior(CaptureHistories h, long reach, long step) {
        int k = h.listCount();
        long n = h.documented();
        int points = (int) (reach / step) + 1;
        List<DecomposableGraph> graphs = DecomposableGraph.all(k);
        double[][] complete = completeSetLikelihoods(h, points, step);
        double[] base = new double[points];
        for (int i = 0; i < points; i++) {
            long missing = i * step;
            base[i] = Gamma.logGamma(n + missing + 1.0) - Gamma.logGamma(missing + 1.0) + prior.applyAsDouble(n + missing);
        }
        // exp of log posteriors kept relative to the largest seen so far, rescaled when a larger one comes
        double top = Double.NEGATIVE_INFINITY;
        double[] probability = new double[points];
        double[] byGraph = new double[graphs.size()];
        double[] logPost = new double[points];
        for (int g = 0; g < graphs.size(); g++) {
            DecomposableGraph graph = graphs.get(g);
            double graphTop = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < points; i++) {
                double l = base[i];
                for (int v = 0; v < k; v++) {
                    int pa = graph.parents()[v];
                    l += complete[pa | 1 << graph.order()[v]][i] - complete[pa][i];
                }
                logPost[i] = l;
                graphTop = Math.max(graphTop, l);
            }
            if (graphTop > top) {
                double shrink = Math.exp(top - graphTop);
                for (int i = 0; i < points; i++) {
                    probability[i] *= shrink;
                }
                for (int e = 0; e < g; e++) {
                    byGraph[e] *= shrink;
                }
                top = graphTop;
            }
            for (int i = 0; i < points; i++) {
                double w = Math.exp(logPost[i] - top);
                probability[i] += w;
                byGraph[g] += w;
            }
        }
        double sum = 0;
        for (double w : byGraph) {
            sum += w;
        }
        long[] totals = new long[points];
        List<Weight> weights = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            totals[i] = n + i * step;
            probability[i] /= sum;
        }
        for (int g = 0; g < graphs.size(); g++) {
            weights.add(new Weight(graphs.get(g).describe(h.lists()), byGraph[g] / sum));
        }
        weights.sort(Comparator.comparingDouble(Weight::probability).reversed());
        return new Posterior(totals, probability, weights);
    }

    /**
     * log m(S) for every set S of lists (a bit set) and every grid point: the Dirichlet-multinomial
     * likelihood of the table marginal to S, whose cells carry delta·2^(k−|S|) each so that all marginals
     * agree with the prior on the complete table. Only S's empty cell changes along the grid.
     */
    private double[][] completeSetLikelihoods(CaptureHistories h, int points, long step) {
        int k = h.listCount();
        long n = h.documented();
        double priorSum = delta * (1 << k);
        double[][] out = new double[1 << k][points];
        for (int set = 1; set < 1 << k; set++) {
            int size = Integer.bitCount(set);
            double alpha = delta * (1 << (k - size));
            long[] marginal = new long[1 << size];
            for (int s = 1; s < 1 << k; s++) {
                marginal[compress(s & set, set)] += h.count(s);
            }
            double fixed = Gamma.logGamma(priorSum) - (1 << size) * Gamma.logGamma(alpha);
            for (int c = 1; c < marginal.length; c++) {
                fixed += Gamma.logGamma(marginal[c] + alpha);
            }
            for (int i = 0; i < points; i++) {
                long missing = i * step;
                out[set][i] = fixed + Gamma.logGamma(marginal[0] + missing + alpha)
                        - Gamma.logGamma(n + missing + priorSum);
            }
        }
        return out;
    }

    /** The bits of {@code pattern} that lie in {@code set}, packed to the low end. */
    private static int compress(int pattern, int set) {
        int out = 0;
        int bit = 0;
        for (int j = 0; set >> j != 0; j++) {
            if ((set >> j & 1) == 1) {
                out |= (pattern >> j & 1) << bit++;
            }
        }
        return out;
    }
}
