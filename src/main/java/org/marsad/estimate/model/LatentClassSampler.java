package org.marsad.estimate.model;

/**
 * Manrique-Vallier's (2016, Biometrics 72:1246) non-parametric latent-class model, fitted by Gibbs sampling
 * as the LCMCR package does. Persons fall into latent classes; within a class the lists capture
 * independently, each with its own probability, so classes of the hard-to-document (a besieged town, a
 * family with no survivor to report) and of the well-documented can coexist. Class weights follow a
 * Dirichlet process truncated at {@code classes} by stick-breaking, its concentration has a Gamma(a, b)
 * prior, capture probabilities are uniform a priori and the total has the prior 1/N.
 *
 * <p>Persons with the same capture pattern are exchangeable, so an iteration draws how many of each
 * pattern fall in each class (a multinomial) rather than a class per person: its cost grows with the
 * patterns, classes and lists, not with the persons documented.
 */
public final class LatentClassSampler {
    /** The settings of a run; {@link #LCMCR} are the package's defaults that HRDAG publishes with. */
    public record Settings(int classes, double a, double b, int burnIn, int samples, int thinning) {
        public static final Settings LCMCR = new Settings(10, 0.25, 0.25, 10_000, 2_000, 100);

        public int iterations() {
            return burnIn + samples * thinning;
        }
    }

    /** The draws of the total kept after burn-in, and what the sampler did on the way. */
    public record Run(long[] totals, double meanOccupiedClasses, double meanConcentration, long nanos, long cpuNanos) {
    }

    /** Keeps a stick below 1 so that log(1 − V) stays finite. */
    private static final double STICK_CEILING = Math.nextDown(1.0);

    /** CPU time of this thread: on a machine shared with other work, wall time says little about the sampler. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final CaptureHistories histories;
    private final Settings settings;
    private final Draws draws;
    private final int[] patterns;
    private final int lists;
    private final int classes;
    /** lambda[j][k]: the probability that list j documents a person of class k. */
    private final double[][] lambda;
    private final double[] weight;
    private final double[] stick;
    /** members[p][k]: persons of pattern patterns[p] in class k; missing[k]: the undocumented of class k. */
    private final long[][] members;
    private final long[] missing;
    private double concentration = 1;
    private long undocumented;

    public LatentClassSampler(CaptureHistories histories, Settings settings, long seed) {
        this.histories = histories;
        this.settings = settings;
        this.draws = new Draws(seed);
        this.patterns = histories.occupiedPatterns();
        this.lists = histories.listCount();
        this.classes = settings.classes();
        this.lambda = new double[lists][classes];
        this.weight = new double[classes];
        this.stick = new double[classes];
        this.members = new long[patterns.length][classes];
        this.missing = new long[classes];
        start();
    }

    /** Begins from equal class weights, capture probabilities drawn from their prior, and N = 2n. */
    private void start() {
        for (int k = 0; k < classes; k++) {
            weight[k] = 1.0 / classes;
            for (int j = 0; j < lists; j++) {
                lambda[j][k] = draws.uniform();
            }
        }
        undocumented = histories.documented();
    }

    public Run run() {
        long begin = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        long[] totals = new long[settings.samples()];
        double occupied = 0;
        double alphaSum = 0;
        int kept = 0;
        for (int it = 0; it < settings.iterations(); it++) {
            step();
            int after = it - settings.burnIn() + 1;
            if (after > 0 && after % settings.thinning() == 0) {
                totals[kept++] = histories.documented() + undocumented;
                occupied += occupiedClasses();
                alphaSum += concentration;
            }
        }
        return new Run(totals, occupied / kept, alphaSum / kept, System.nanoTime() - begin,
                CPU.getCurrentThreadCpuTime() - cpu);
    }

    private void step() {
        assignDocumented();
        assignUndocumented();
        drawCaptureProbabilities();
        drawWeights();
        drawConcentration();
    }

    /** How many persons of each observed pattern fall in each class. */
    private void assignDocumented() {
        double[] p = new double[classes];
        for (int i = 0; i < patterns.length; i++) {
            int s = patterns[i];
            for (int k = 0; k < classes; k++) {
                double w = weight[k];
                for (int j = 0; j < lists; j++) {
                    w *= (s >> j & 1) == 1 ? lambda[j][k] : 1 - lambda[j][k];
                }
                p[k] = w;
            }
            draws.multinomial(histories.count(s), p, classes, members[i]);
        }
    }

    /**
     * The undocumented: their number is negative binomial given the chance that no list names a person
     * (the 1/N prior makes it so), then they are split among classes by that chance per class.
     */
    private void assignUndocumented() {
        double[] p = new double[classes];
        double unseen = 0;
        for (int k = 0; k < classes; k++) {
            double w = weight[k];
            for (int j = 0; j < lists; j++) {
                w *= 1 - lambda[j][k];
            }
            p[k] = w;
            unseen += w;
        }
        undocumented = draws.negativeBinomial(histories.documented(), 1 - unseen);
        draws.multinomial(undocumented, p, classes, missing);
    }

    private void drawCaptureProbabilities() {
        for (int k = 0; k < classes; k++) {
            long total = missing[k];
            for (int i = 0; i < patterns.length; i++) {
                total += members[i][k];
            }
            for (int j = 0; j < lists; j++) {
                long in = 0;
                for (int i = 0; i < patterns.length; i++) {
                    if ((patterns[i] >> j & 1) == 1) {
                        in += members[i][k];
                    }
                }
                lambda[j][k] = draws.beta(1 + in, 1 + total - in);
            }
        }
    }

    /** Stick-breaking weights given the class sizes, the last stick taking what is left (truncation). */
    private void drawWeights() {
        long[] size = new long[classes];
        for (int k = 0; k < classes; k++) {
            size[k] = missing[k];
            for (int i = 0; i < patterns.length; i++) {
                size[k] += members[i][k];
            }
        }
        long after = 0;
        for (long s : size) {
            after += s;
        }
        double left = 1;
        for (int k = 0; k < classes; k++) {
            after -= size[k];
            double v = k == classes - 1 ? 1 : draws.beta(1 + size[k], concentration + after);
            stick[k] = Math.min(v, STICK_CEILING);
            weight[k] = left * v;
            left *= 1 - v;
        }
    }

    private void drawConcentration() {
        double logRest = 0;
        for (int k = 0; k < classes - 1; k++) {
            logRest += Math.log1p(-stick[k]);
        }
        concentration = draws.gamma(settings.a() + classes - 1) / (settings.b() - logRest);
    }

    private int occupiedClasses() {
        int n = 0;
        for (int k = 0; k < classes; k++) {
            long size = missing[k];
            for (int i = 0; i < patterns.length; i++) {
                size += members[i][k];
            }
            if (size > 0) {
                n++;
            }
        }
        return n;
    }
}
