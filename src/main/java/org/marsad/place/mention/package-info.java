/**
 * The words of a place mention on their own, before any name is looked up: tokens folded for matching
 * with the readings Arabic proclitics allow ({@link org.marsad.place.mention.Token}), the place words
 * (مدينة، ريف، "city"), the compass directions, what each word is ({@link
 * org.marsad.place.mention.WordGrammar}), and the place words and direction that qualify one name ({@link
 * org.marsad.place.mention.Modifiers}). It never consults the gazetteer, so the gazetteer's names can be
 * folded by it too; {@link org.marsad.place.mention.Memo} keeps what was already worked out.
 */
package org.marsad.place.mention;
