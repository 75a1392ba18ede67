package org.marsad;

/**
 * An error the user caused and can fix: a bad file, a malformed row, an unreachable database.
 * Its message is one line a documenter understands (which file, which line, which field, what was
 * expected); the CLI prints it without a stack trace and exits with status 1. An error a page can show
 * also names its reason by a message key ({@code problem.*} of the web app's messages) with its values,
 * so that an Arabic page says it in Arabic rather than quoting the English line.
 */
public class InputError extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public InputError(String message) {
        this(message, (String) null);
    }

    public InputError(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
        this.args = new Object[0];
    }

    /** An error whose reason a reader's language can say: {@code key} with {@code args}, the English line {@code message}. */
    public InputError(String message, String key, Object... args) {
        super(message);
        this.key = key;
        this.args = args.clone();
    }

    /** The message key of the reason ({@code problem.reason_required}), or null when it has only the English line. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** A value of a reason that is itself a word of the reader's language, by its message key ({@code entity.victim}). */
    public record Word(String key) {
    }
}
