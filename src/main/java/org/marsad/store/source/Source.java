package org.marsad.store.source;

import java.time.Instant;

/**
 * Who reported a figure or a list: an observatory, an NGO, a UN agency, a newspaper, a witness.
 * {@code reliability} is graded A (reliable) to F (cannot be judged), as in intelligence source grading.
 * {@code confidentialIdentity} (who they are, how to reach them) must only be shown to roles allowed to see it.
 */
public record Source(Long id, String name, String kind, char reliability, String confidentialIdentity,
                     Instant createdAt) {

    public static Source of(String name, String kind) {
        return new Source(null, name, kind, 'F', null, null);
    }
}
