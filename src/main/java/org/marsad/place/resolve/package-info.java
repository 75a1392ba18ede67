/**
 * Resolving one mention: split into names, place words, directions and unlisted words against the index
 * ({@link org.marsad.place.resolve.MentionParser}), each place word and direction bound to the name it
 * qualifies, each name's places ranked and scored ({@link org.marsad.place.resolve.Reading}), a name inside
 * another named place preferred, and the notes worded ({@link org.marsad.place.resolve.MentionResolver}).
 * A wrong place is worse than none: what scores under {@link org.marsad.place.PlaceResolver#MIN_SCORE} is
 * dropped, and words the gazetteer lacks stay in the note, never guessed.
 */
package org.marsad.place.resolve;
