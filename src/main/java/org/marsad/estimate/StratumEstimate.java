package org.marsad.estimate;

import org.marsad.estimate.model.CaptureHistories;

/**
 * The estimate of one stratum (a governorate, a year, a group), or why there is none.
 *
 * @param stratum  the stratum's key (a p-code, a year, a group), null for all persons together
 * @param estimate null when refused
 * @param refusal  null when estimated
 */
public record StratumEstimate(String stratum, CaptureHistories histories, Estimate estimate, Caution refusal) {

    static StratumEstimate of(String stratum, CaptureHistories histories, Estimator estimator) {
        try {
            return new StratumEstimate(stratum, histories, estimator.estimate(histories), null);
        } catch (EstimateRefused e) {
            return new StratumEstimate(stratum, histories, null, e.reason());
        }
    }

    public long documented() {
        return histories.documented();
    }

    public boolean refused() {
        return estimate == null;
    }
}
