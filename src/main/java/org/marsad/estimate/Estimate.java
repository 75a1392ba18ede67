package org.marsad.estimate;

import java.util.List;
import org.marsad.estimate.model.CaptureHistories;

/**
 * An estimate of all deaths, documented or not, never without its interval.
 *
 * @param estimate the posterior median (lcmcr, graphs) or the maximum-likelihood total (independence)
 * @param low      lower bound of the interval at {@code level}
 * @param high     upper bound of the interval at {@code level}
 * @param details  what {@code --explain} prints beside the overlap table: graph weights, sampler diagnostics
 */
public record Estimate(Method method, CaptureHistories histories, long estimate, long low, long high, double level,
                       List<Caution> cautions, List<Detail> details) {
    public Estimate {
        cautions = List.copyOf(cautions);
        details = List.copyOf(details);
    }

    /** One line of explanation: a name and its value, e.g. "effective draws" and "412". */
    public record Detail(String name, String value) {
    }

    public long documented() {
        return histories.documented();
    }

    public List<String> lists() {
        return histories.lists();
    }
}
