package org.marsad.extract.document;

import org.marsad.extract.Group;
import org.marsad.extract.Outcome;

/**
 * A noun that counts people: its group, its number, and the outcome it names when it names one
 * (قتلى, qatlā, the killed; جرحى, jarḥā, the injured). {@code others} marks آخرون/"others", whose group
 * is the group of the figure before.
 */
public record Noun(Group group, Plurality plurality, Outcome outcome, boolean others) {
}
