/**
 * How the figures relate, the last step of the figure stage ({@code Structure} runs these in order): parts
 * of wholes and enumerations ({@code Parts}); totals spelled out, listed, counted "among the dead" or broken
 * down, by their sum ({@code Totals}); figures of the dead and the injured together ({@code BothOutcomes});
 * groups taken from the whole or the figures before ({@code SharedGroups}); definite figures that name people
 * counted before ({@code Anaphora}); each figure's outcome, a verb left out included, and the drop of
 * non-claims ({@code FigureOutcomes}); then, on the claims, a title's figure repeated in the body
 * ({@code RepeatedTitle}), figures said again and "of the dead" ({@code Repeats}), relatives named by kinship
 * ({@code Relatives}). {@code GroupRelations} says which groups hold, split or restate which.
 *
 * <p>Of {@link org.marsad.extract.figure.Figure} it reads all that finding, the phrase and the outcome
 * evidence wrote, and writes parent, breakdown, outcome and dropped (and mends a group, a qualifier or an
 * exclusion where the figures around say so). Only {@code Structure.resolve} is public.
 */
package org.marsad.extract.figure.relate;
