/**
 * Reads a casualty report (Arabic or English) and lists every figure of people killed or injured in it
 * as {@link org.marsad.extract.Claim}s traced to their words, with consistency checks between them.
 * It proposes figures for a person to confirm; it stores nothing and resolves places only through the
 * {@link org.marsad.extract.PlaceLookup} it is given.
 */
package org.marsad.extract;
