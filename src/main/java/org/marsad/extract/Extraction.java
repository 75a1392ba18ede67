package org.marsad.extract;

import java.util.List;

/** What the extractor read in one report: its language ("ar" or "en"), its claims, and the checks between them. */
public record Extraction(String lang, List<Claim> claims, List<Check> checks) {
}
