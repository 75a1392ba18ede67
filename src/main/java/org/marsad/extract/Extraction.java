package org.marsad.extract;

import java.util.List;
import org.marsad.extract.victim.NamedVictim;

/**
 * What the extractor read in one report: its language ("ar" or "en"), its claims, the checks between
 * them, and the people it names as victims (each with the index of the claim that counts them).
 */
public record Extraction(String lang, List<Claim> claims, List<Check> checks, List<NamedVictim> victims) {

    public Extraction {
        victims = victims == null ? List.of() : List.copyOf(victims);
    }

    /** An extraction that names no victim. */
    public Extraction(String lang, List<Claim> claims, List<Check> checks) {
        this(lang, claims, checks, List.of());
    }
}
