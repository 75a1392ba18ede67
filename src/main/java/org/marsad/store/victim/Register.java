package org.marsad.store.victim;

import org.jdbi.v3.core.statement.SqlStatement;
import org.marsad.store.ReviewStatus;

/**
 * Which victim records are the register of the dead that {@code link}, {@code tally}, {@code estimate} and
 * the exports read: records of deaths that are confirmed or corrected. A list's records are confirmed as
 * imported; a person a report names waits for an editor, and is left out while extracted or once rejected.
 * A deleted record (hidden with its reason, never destroyed) is out of the register too, and so is a record
 * of an import still being written ({@link VictimImports}).
 * The conditions are SQL over a victim row aliased {@code v}; a statement using them is passed through
 * {@link #bind}.
 */
public final class Register {
    /** The victim row {@code v} is in the register. */
    public static final String DEAD = "v.outcome = 'killed' AND v.review_status IN (<registered>) AND v.deleted_at IS NULL AND "
            + VictimImports.SETTLED;

    /**
     * The incident the record {@code v} counts in: its own, else that of the confirmed figure that counts
     * it ("three killed, including A and B": A and B are inside the incident of the three).
     */
    public static final String INCIDENT = "COALESCE(v.incident_id, (SELECT c.incident_id FROM claim c "
            + "JOIN report r ON r.id = c.report_id "
            + "WHERE c.id = v.claim_id AND c.status IN (<registered>) AND r.deleted_at IS NULL))";

    private Register() {
    }

    /** Binds the review statuses that count, which {@link #DEAD} and {@link #INCIDENT} name. */
    public static <T extends SqlStatement<T>> T bind(T statement) {
        return statement.bindList("registered", ReviewStatus.countedCodes());
    }
}
