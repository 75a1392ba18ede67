/**
 * The words of a candidate's phrase and those around it, read for {@code figure.find} as each candidate is
 * found: the noun it counts ({@code NounPhrases}: after a hedge, "of"/من, a partitive, a verb of being, a
 * noun shared with the next number), the words after it that refine the group ({@code GroupWords}) or name
 * the armed or civil body ({@code Affiliations}); a number that is a date, an age or the adjective "one"
 * ({@code NotCounts}); then, once the noun is read ({@code Surroundings}): the qualifier ({@code Qualifiers}),
 * a stated age that makes one a child ({@code StatedAge}), "in addition to", the outcome stated right after
 * it, the dead and injured counted together; where its parts are listed,
 * بينهم/منهم/تضمنت/"including"/هم/توزعوا على ({@code PartMarkers}); losses an armed body suffered
 * ({@code Losses}). Shared word tests are {@code PhraseWords}.
 *
 * <p>Of {@link org.marsad.extract.figure.Figure} it writes the phrase's bounds (start, end), qualifier,
 * group, affiliation, marker and the words' flags (added, suffered, ofTheDead, copula, ofCount,
 * distributed, stated, statedAfter, excluded …). It calls no other stage. Public: the classes
 * {@code figure.find} builds and calls ({@code PhraseWords}, {@code NotCounts}, {@code NounPhrases},
 * {@code GroupWords}, {@code Affiliations}, {@code Surroundings}, {@code PartMarkers}, {@code Losses}) with
 * their constructors and the members it calls, {@code Qualifiers.AFTER}, the words {@code PhraseWords.TO},
 * {@code OF_TOTAL} and {@code PartMarkers.DISTRIBUTED} that {@code figure.outcome} reads, and
 * {@code GroupWords.combine} for {@code figure.relate}.
 */
package org.marsad.extract.figure.phrase;
