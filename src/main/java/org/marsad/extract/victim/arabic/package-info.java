/**
 * The Arabic reader of named victims: {@code ArabicVictimReader} walks the tokens, decides which trigger a
 * word is, and returns the {@code Mention}s the stages read; it is the only public type. The stages run in
 * this order: the passage's layout ({@code Passage}, with the word tables of {@code ArabicWords} and
 * {@code ArabicNameRun}), what each word is ({@code WordRoles}), ages ({@code Ages}), the outcome that governs
 * a name ({@code Outcomes}), who is named but not harmed ({@code Bystanders}), one name with its titles and
 * age ({@code NameItems}, giving a {@code NameItem}), then the readers of lists ({@code VictimLists}), of
 * given names summed up by a kinship noun ({@code NamesSummedByKin}) and, after the last token, of people
 * named again by their family name ({@code BackReferences}); {@code Victims} keeps what was read. It reads no
 * English and no figures, and does not merge one person's mentions: {@code NamedVictimFinder} does.
 */
package org.marsad.extract.victim.arabic;
