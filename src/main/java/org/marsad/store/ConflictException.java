package org.marsad.store;

import org.marsad.InputError;

/**
 * Someone else changed the record since it was read; the change was not applied. When known, it names
 * the record ({@code entity} and {@code id}) and both versions, so a page can say so in the reader's language.
 */
public final class ConflictException extends InputError {
    private final String entity;
    private final long id;
    private final int current;
    private final int yours;

    /** A conflict that names no version, its reason said by {@code key} with {@code args} (see {@link InputError}). */
    public ConflictException(String message, String key, Object... args) {
        super(message, key, args);
        this.entity = null;
        this.id = 0;
        this.current = -1;
        this.yours = -1;
    }

    /** A stale edit of {@code entity} {@code id}: it is at version {@code current}, the editor read {@code yours}. */
    public ConflictException(String entity, long id, int current, int yours) {
        super(entity + " " + id + " was changed by someone else (now version " + current + ", you had " + yours
                + "); reload it and edit again");
        this.entity = entity;
        this.id = id;
        this.current = current;
        this.yours = yours;
    }

    /** The kind of record (victim, incident, source, claim), or null when not known. */
    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }

    public int current() {
        return current;
    }

    public int yours() {
        return yours;
    }
}
