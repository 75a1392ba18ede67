package org.marsad.web.edit;

import io.javalin.http.Context;
import org.marsad.store.NotFound;
import org.marsad.store.account.Account.Role;
import org.marsad.web.Guard;

/** Deleted records are hidden and kept: admins see them with their deletion mark; for everyone else they are gone (404). */
final class Visibility {
    private Visibility() {
    }

    static boolean seesDeleted(Context ctx) {
        return Guard.role(ctx) == Role.ADMIN;
    }

    /** Refuses a deleted record to anyone but an admin, as if it did not exist. */
    static void check(Context ctx, boolean deleted, String entity, long id) {
        if (deleted && !seesDeleted(ctx)) {
            throw new NotFound(entity, id);
        }
    }
}
