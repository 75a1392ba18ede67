/**
 * Record linkage of victim lists, so each dead person is counted once: the entry points ({@link
 * org.marsad.link.Linker} for records in memory, {@link org.marsad.link.DatabaseLinking} for the database,
 * {@link org.marsad.link.LinkageCsv} and {@link org.marsad.link.VictimImport} for lists), the records, the
 * people's verdicts ({@link org.marsad.link.Decisions}) and the review queue. The stages live in
 * sub-packages, in the order a run takes them: {@code name} reads names, {@code block} finds candidate
 * pairs, {@code score} compares and weighs them, {@code cluster} groups records into persons;
 * {@code synthetic} makes lists whose truth is known, to measure all of it.
 * It must not merge relatives killed together: records whose given names clearly differ never share a person.
 */
package org.marsad.link;
