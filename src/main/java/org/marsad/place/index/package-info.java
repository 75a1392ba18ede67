/**
 * The gazetteer's names by key: every place's keys worked out from its names ({@link
 * org.marsad.place.index.GazetteerKeys}) or read as shipped ahead ({@link org.marsad.place.index.ShippedKeys},
 * as keying 15,000 names was most of a first load), and the index that answers which places a run of words
 * names, exactly or loosely, and how close a spelling is to a place's own ({@link
 * org.marsad.place.index.NameIndex}). It answers lookups; deciding which place a mention means is {@code
 * resolve}'s job.
 */
package org.marsad.place.index;
