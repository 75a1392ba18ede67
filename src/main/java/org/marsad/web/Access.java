package org.marsad.web;

import io.javalin.security.RouteRole;
import java.util.Set;
import org.marsad.store.account.Account.Role;

/**
 * Who may reach a route. Anonymous visitors read the published side (home, reports, tallies, places);
 * analysts read everything but confidential source fields; editors also enter and review; admins too, and
 * they alone manage accounts and the installation's settings.
 */
public enum Access implements RouteRole {
    PUBLIC, READER, EDITOR, ADMIN;

    /** Whether an account of {@code role} (null: not signed in) may reach a route of this access. */
    public boolean allows(Role role) {
        return switch (this) {
            case PUBLIC -> true;
            case READER -> role != null;
            case EDITOR -> role == Role.ADMIN || role == Role.EDITOR;
            case ADMIN -> role == Role.ADMIN;
        };
    }

    /** The strictest access among a route's roles; a route without roles is public. */
    static Access of(Set<RouteRole> roles) {
        Access strictest = PUBLIC;
        for (RouteRole r : roles) {
            if (r instanceof Access a && a.compareTo(strictest) > 0) {
                strictest = a;
            }
        }
        return strictest;
    }
}
