package org.marsad.extract;

/** A place as the report names it, with its p-code when the gazetteer resolves it (else null). */
public record PlaceMention(String text, String pcode) {
}
