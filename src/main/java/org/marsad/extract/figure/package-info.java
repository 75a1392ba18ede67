/**
 * The second stage: the figures of a report. {@link org.marsad.extract.figure.Figures#read} finds the
 * candidates (a number and the noun that says whom it counts, a dual, a lone singular where the sentence
 * makes it one person), gathers from each sentence the outcome it states, then decides how the figures
 * relate (parts of a whole, items of one list, a breakdown of a total, a repeat of an earlier figure) and
 * drops those that are no claim of people killed or injured.
 */
package org.marsad.extract.figure;
