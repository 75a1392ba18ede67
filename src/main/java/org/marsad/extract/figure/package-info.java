/**
 * The second stage: the figures of a report. {@link org.marsad.extract.figure.Figures#read} finds the
 * candidates (a number and the noun that says whom it counts, a dual, a lone singular where the sentence
 * makes it one person), gathers from each sentence the outcome it states, then decides how the figures
 * relate (parts of a whole, items of one list, a breakdown of a total, a repeat of an earlier figure) and
 * drops those that are no claim of people killed or injured.
 *
 * <p>The stages a figure goes through, each a class of one job:
 * <ol>
 * <li>Finding ({@code FigureFinder}, the walk over the tokens and "في كل من"/"in each of"): a number and its
 * noun ({@code Counts}: ranges, "out of", definite numbers after a plural noun), unless it is a share or an
 * average ({@code Rates}: "من كل 10", "يومياً", "a day") or a date, an age or the adjective "one"
 * ({@code NotCounts}); the noun it counts ({@code NounPhrases}: after a hedge, "of"/من, a partitive, a verb
 * of being, a noun shared with the next number) and the words after it that refine the group
 * ({@code GroupWords}) or name the armed or civil body ({@code Affiliations}); a figure without a number
 * ({@code LoneFigures}: "استشهد طفل", "طفلان", "a woman", آخر, أحدهم); items set in apposition or between
 * commas ({@code Lists}). Shared word tests are {@code PhraseWords}.</li>
 * <li>The words around the phrase ({@code Surroundings}): the qualifier, a stated age that makes one a
 * child, "in addition to", the outcome stated right after it, the dead and injured counted together; where
 * its parts are listed, بينهم/منهم/تضمنت/"including"/هم/توزعوا على ({@code PartMarkers}); losses an armed body
 * suffered ({@code Losses}).</li>
 * <li>The outcome its sentence gives it ({@code OutcomeEvidence}): cues before, verbs after, tolls,
 * documentation, events that are no casualty.</li>
 * <li>How the figures relate ({@code Structure} runs these in order): parts of wholes and enumerations
 * ({@code Parts}); totals spelled out, listed, counted "among the dead" or broken down, by their sum
 * ({@code Totals}); figures of the dead and the injured together ({@code BothOutcomes}); groups taken from
 * the whole or the figures before ({@code SharedGroups}); definite figures that name people counted before
 * ({@code Anaphora}); each figure's outcome, a verb left out included, and the drop of non-claims
 * ({@code FigureOutcomes}); then, on the claims, a title's figure repeated in the body
 * ({@code RepeatedTitle}), figures said again and "of the dead" ({@code Repeats}), relatives named by
 * kinship ({@code Relatives}). {@code GroupRelations} says which groups hold, split or restate which.</li>
 * </ol>
 * The stages share the mutable {@link org.marsad.extract.figure.Figure} of each candidate, which is why
 * they are package-private classes of one package and not sub-packages.
 */
package org.marsad.extract.figure;
