package org.marsad.estimate;

import java.util.List;

/**
 * What {@code estimate} answers: all persons together, and each stratum estimated on its own, as HRDAG
 * does, because places and periods are documented unevenly and one model for all would blur that.
 *
 * @param by    the stratifying dimension (governorate, year, group), null for none
 * @param notes cautions about the lists as a whole, such as small lists pooled
 */
public record EstimateRun(Method method, String by, StratumEstimate overall, List<StratumEstimate> strata,
                          List<Caution> notes) {
    public EstimateRun {
        strata = List.copyOf(strata);
        notes = List.copyOf(notes);
    }
}
