package org.marsad.extract.victim;

import java.util.Locale;

/** What happened to a named person: the contract's killed | injured | missing | detained. */
public enum VictimOutcome {
    KILLED, INJURED, MISSING, DETAINED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
