/**
 * Reads the named victims of a report: people the text names as killed, injured, missing or detained,
 * with what the text says of their sex, age, group, place and date. It reads the language, not the
 * cases: lists after "وهم:" or numbered lines, a name after a role noun (الطفل، الشهيدة، المدعو) or a
 * kinship noun of a victim (وشقيقته), given names summed up by a kinship noun after them (سبعة إخوة), a
 * name next to a casualty word or followed by an age, English capitalised names after "identified as"
 * or next to "killed". Officials, spokespeople and reporters are named in reports too; they are never
 * read as victims because no casualty word governs them. It must not read figures: the figures of
 * {@code extract.figure} are given to it, to find the one that counts each person.
 *
 * <p>This package is the entry and what both readers share. {@code NamedVictimFinder} runs the Arabic reader
 * ({@code extract.victim.arabic}) and the English one ({@code extract.victim.latin}) over the same tokens,
 * merges their {@code Mention}s into one {@code NamedVictim} a person (namesakes told apart by
 * {@code Kinship} and age) with its {@code DeathDate}; {@code VictimClaims} then finds the figure that counts
 * each. The readers see only {@code Mention}, {@code Kinship}, {@code VictimOutcome} and
 * {@code NamedVictimFinder.key}; this package sees only each reader's constructor and {@code read()}.
 */
package org.marsad.extract.victim;
