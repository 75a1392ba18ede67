/**
 * The files shipped beside {@link org.marsad.place.Gazetteer} ({@code org/marsad/place}) and their readers:
 * the places of each country's TSV and its named regions ({@link org.marsad.place.gazetteer.GazetteerFile},
 * {@link org.marsad.place.gazetteer.Region}), the stop list of places abroad ({@link
 * org.marsad.place.gazetteer.ForeignNames}) and the given names and common words that are no place alone
 * ({@link org.marsad.place.gazetteer.PersonNames}). The files ship inside the jar, so a malformed line is a
 * build fault and fails fast, naming file and line.
 */
package org.marsad.place.gazetteer;
