package org.marsad.store;

import org.marsad.InputError;

/** Someone else changed the record since it was read; the change was not applied. */
public final class ConflictException extends InputError {
    public ConflictException(String message) {
        super(message);
    }
}
