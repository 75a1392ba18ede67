/**
 * The outcome each candidate's sentence gives it ({@code OutcomeEvidence}, run once over all candidates
 * after finding): cues before, verbs after, tolls, documentation, events that are no casualty.
 *
 * <p>Of {@link org.marsad.extract.figure.Figure} it reads the span and how the figure joins others, and
 * writes the evidence (stated, statedAfter, nearBefore, nearAfter, tollOutcome, documented, excluded,
 * amongTheDead, and a group or refersBack a toll gives); the outcome itself is settled by
 * {@code figure.relate}. Only {@code OutcomeEvidence.gather} is public.
 */
package org.marsad.extract.figure.outcome;
