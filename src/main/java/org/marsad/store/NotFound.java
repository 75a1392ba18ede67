package org.marsad.store;

import org.marsad.InputError;

/** The record asked for does not exist (the web answers 404, naming the kind of record in the reader's language). */
public final class NotFound extends InputError {
    private final String entity;
    private final long id;

    public NotFound(String entity, long id) {
        super("no " + entity + " " + id, "problem.not_found", new Word("entity." + entity), id);
        this.entity = entity;
        this.id = id;
    }

    /** A record known by its name (an account), not its number. */
    public NotFound(String entity, String name) {
        super("no " + entity + " named '" + name + "'", "problem.not_found_named", new Word("entity." + entity), name);
        this.entity = entity;
        this.id = 0;
    }

    /** The kind of record: victim, incident, source, claim, report, person. */
    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }
}
