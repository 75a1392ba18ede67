package org.marsad;

/**
 * An error the user caused and can fix: a bad file, a malformed row, an unreachable database.
 * Its message is one line a documenter understands (which file, which line, which field, what was
 * expected); the CLI prints it without a stack trace and exits with status 1.
 */
public class InputError extends RuntimeException {
    public InputError(String message) {
        super(message);
    }

    public InputError(String message, Throwable cause) {
        super(message, cause);
    }
}
