/**
 * Reads the named victims of a report: people the text names as killed, injured, missing or detained,
 * with what the text says of their sex, age, group, place and date. It reads the language, not the
 * cases: lists after "وهم:" or numbered lines, a name after a role noun (الطفل، الشهيدة، المدعو) or a
 * kinship noun of a victim (وشقيقته), given names summed up by a kinship noun after them (سبعة إخوة), a
 * name next to a casualty word or followed by an age, English capitalised names after "identified as"
 * or next to "killed". Officials, spokespeople and reporters are named in reports too; they are never
 * read as victims because no casualty word governs them. It must not read figures: the figures of
 * {@code extract.figure} are given to it, to find the one that counts each person. The Arabic reader works in
 * stages, one class each: the passage's layout ({@code Passage}), what each word is ({@code WordRoles}), one name
 * with its titles and age ({@code NameItems}, {@code Ages}), the outcome that governs it ({@code Outcomes}), who
 * is named but not harmed ({@code Bystanders}), lists, kin sums and back-references. The English reader has the
 * same stages under {@code Latin} names: {@code LatinPassage}, {@code LatinWords}, {@code LatinNameRuns},
 * {@code LatinAges}, {@code LatinOutcomes}, {@code LatinBystanders}, {@code LatinVictims}.
 */
package org.marsad.extract.victim;
