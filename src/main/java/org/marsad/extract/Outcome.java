package org.marsad.extract;

/** What happened to the people a figure counts. */
public enum Outcome {
    KILLED, INJURED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
