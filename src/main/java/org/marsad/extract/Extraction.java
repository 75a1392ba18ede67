package org.marsad.extract;

import java.util.List;
import org.marsad.extract.victim.NamedVictim;

/**
 * What the extractor read in one report: its language ("ar" or "en"), its claims, the checks between
 * them, the people it names as victims (each with the index of the claim that counts them), and, when
 * it found no claim, why ({@code noFigure}; null when there are claims).
 */
public record Extraction(String lang, List<Claim> claims, List<Check> checks, List<NamedVictim> victims,
        NoFigure noFigure) {

    public Extraction {
        victims = victims == null ? List.of() : List.copyOf(victims);
    }

    /** An extraction that says nothing of why it found no figure. */
    public Extraction(String lang, List<Claim> claims, List<Check> checks, List<NamedVictim> victims) {
        this(lang, claims, checks, victims, null);
    }

    /** An extraction that names no victim. */
    public Extraction(String lang, List<Claim> claims, List<Check> checks) {
        this(lang, claims, checks, List.of());
    }
}
