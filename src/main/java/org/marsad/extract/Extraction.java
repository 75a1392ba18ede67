package org.marsad.extract;

import java.util.List;

/**
 * What the extractor read in one report: its language ("ar" or "en"), its claims, the checks between
 * them, and, when it found no claim, why ({@code noFigure}; null when there are claims).
 */
public record Extraction(String lang, List<Claim> claims, List<Check> checks, NoFigure noFigure) {
}
