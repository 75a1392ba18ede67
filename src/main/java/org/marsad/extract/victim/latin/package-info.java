/**
 * The English (Latin-script) reader of named victims: {@code LatinVictimReader} walks the tokens, decides
 * which trigger a word is, and returns the {@code Mention}s the stages read; it is the only public type. The
 * stages run in this order: the passage's capitals and clauses ({@code LatinPassage}, with the shared words of
 * {@code LatinWords}), ages ({@code LatinAges}), where a name starts and ends ({@code LatinNameRuns}), the
 * casualty word that governs it ({@code LatinOutcomes}), who is named but not harmed
 * ({@code LatinBystanders}), and {@code LatinVictims}, which keeps what was read. It reads no Arabic and no
 * figures, and does not merge one person's mentions: {@code NamedVictimFinder} does.
 */
package org.marsad.extract.victim.latin;
