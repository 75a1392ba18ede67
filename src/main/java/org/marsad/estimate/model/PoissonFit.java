package org.marsad.estimate.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A Poisson log-linear fit by iteratively reweighted least squares, as R's {@code glm(family = poisson)}
 * does: each step solves the weighted normal equations X'WX b = X'Wz by Cholesky.
 */
final class PoissonFit {
    private static final int MAX_STEPS = 100;
    /** Relative change of the deviance at which R's glm.control stops (epsilon = 1e-8). */
    private static final double CONVERGED = 1e-12;

    private PoissonFit() {
    }

    /** Coefficients of the log means; null when the fit does not exist (a count the model sends to infinity). */
    static double[] fit(double[][] design, double[] counts) {
        int cells = counts.length;
        int params = design[0].length;
        double[] mu = new double[cells];
        double[] eta = new double[cells];
        for (int i = 0; i < cells; i++) {
            mu[i] = counts[i] + 0.5;
            eta[i] = Math.log(mu[i]);
        }
        double[] beta = new double[params];
        double deviance = Double.MAX_VALUE;
        for (int step = 0; step < MAX_STEPS; step++) {
            RealMatrix xtwx = new Array2DRowRealMatrix(params, params);
            RealVector xtwz = new ArrayRealVector(params);
            for (int i = 0; i < cells; i++) {
                double z = eta[i] + (counts[i] - mu[i]) / mu[i];
                for (int a = 0; a < params; a++) {
                    double wa = mu[i] * design[i][a];
                    if (wa == 0) {
                        continue;
                    }
                    xtwz.addToEntry(a, wa * z);
                    for (int b = 0; b < params; b++) {
                        xtwx.addToEntry(a, b, wa * design[i][b]);
                    }
                }
            }
            try {
                beta = new CholeskyDecomposition(xtwx, 1e-12, 1e-14).getSolver().solve(xtwz).toArray();
            } catch (NonPositiveDefiniteMatrixException e) {
                return null;
            }
            double next = 0;
            for (int i = 0; i < cells; i++) {
                double e = 0;
                for (int a = 0; a < params; a++) {
                    e += design[i][a] * beta[a];
                }
                eta[i] = e;
                mu[i] = Math.exp(e);
                next += 2 * ((counts[i] > 0 ? counts[i] * Math.log(counts[i] / mu[i]) : 0) - (counts[i] - mu[i]));
            }
            if (!Double.isFinite(next)) {
                return null;
            }
            if (Math.abs(next - deviance) <= CONVERGED * (Math.abs(next) + 0.1)) {
                return beta;
            }
            deviance = next;
        }
        return beta;
    }

    static double[] means(double[][] design, double[] beta) {
        double[] mu = new double[design.length];
        for (int i = 0; i < design.length; i++) {
            double e = 0;
            for (int a = 0; a < beta.length; a++) {
                e += design[i][a] * beta[a];
            }
            mu[i] = Math.exp(e);
        }
        return mu;
    }
}
