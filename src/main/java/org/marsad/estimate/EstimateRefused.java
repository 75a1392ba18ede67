package org.marsad.estimate;

import org.marsad.InputError;

/** The lists cannot support an estimate; the reason says why, in both languages. */
public final class EstimateRefused extends InputError {
    private final transient Caution reason;

    EstimateRefused(Caution reason) {
        super(reason.english());
        this.reason = reason;
    }

    public Caution reason() {
        return reason;
    }
}
