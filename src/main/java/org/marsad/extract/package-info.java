/**
 * Reads a casualty report (Arabic or English) and lists every figure of people killed or injured in it
 * as {@link org.marsad.extract.Claim}s traced to their words, with consistency checks between them.
 * It proposes figures for a person to confirm; it stores nothing and resolves places only through the
 * {@link org.marsad.extract.PlaceLookup} it is given.
 *
 * <p>This package is the entry point ({@link org.marsad.extract.ClaimExtractor}) and the contract: the
 * claim records and their codes, Claim JSON, the checks, the reasons for no figure. The stages live
 * below it: {@code document} (tokens and the lexicon), {@code figure} (figures and how they relate),
 * {@code context} (cause, perpetrator, place, period) and {@code victim} (named victims).
 */
package org.marsad.extract;
