/**
 * The second stage: the figures of a report. {@link org.marsad.extract.figure.Figures#read} finds the
 * candidates (a number and the noun that says whom it counts, a dual, a lone singular where the sentence
 * makes it one person), gathers from each sentence the outcome it states, then decides how the figures
 * relate (parts of a whole, items of one list, a breakdown of a total, a repeat of an earlier figure) and
 * drops those that are no claim of people killed or injured.
 *
 * <p>This package is the entry ({@code Figures}) and what every stage shares: the mutable
 * {@link org.marsad.extract.figure.Figure} of each candidate, whose fields the stages set one after the
 * other (other packages read a settled figure through its accessors only). The stages, each a sub-package
 * of classes of one job, in the order they run:
 * <ol>
 * <li>{@code figure.find}: the walk over the tokens that finds each candidate (a number and its noun, a
 * lone figure, a list item) and its span.</li>
 * <li>{@code figure.phrase}: what the words of a candidate's phrase and those around it say (the noun it
 * counts, the group and the body, the qualifier, a stated age, بينهم/"including", losses, a number that is no
 * count); called by {@code figure.find} for each candidate, it calls no other stage.</li>
 * <li>{@code figure.outcome}: the outcome each candidate's sentence gives it.</li>
 * <li>{@code figure.relate}: how the figures relate, each figure's outcome settled and the drop of those that
 * are no claim.</li>
 * </ol>
 * The stages depend on this package and on {@code figure.phrase} only, never on each other otherwise.
 */
package org.marsad.extract.figure;
