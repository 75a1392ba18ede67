package org.marsad.store;

import org.marsad.InputError;

/** The record asked for does not exist (the web answers 404). */
public final class NotFound extends InputError {
    public NotFound(String entity, long id) {
        super("no " + entity + " " + id);
    }
}
