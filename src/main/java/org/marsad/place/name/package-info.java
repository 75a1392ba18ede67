/**
 * The keys a place name is stored and looked up under, so spellings of one name meet: exact and without
 * articles, the consonant skeleton of Latin and of Arabic, the sound of Latin words and the stem of Arabic
 * ones, the Latin keys an Arabic name's romanizations would have ({@link org.marsad.place.name.NameKeys},
 * {@link org.marsad.place.name.Romanization}), and filters of key beginnings that let a reader stop a run of
 * words early ({@link org.marsad.place.name.KeyPrefixes}). Functions of words only: it knows no place, so a
 * name and a mention are keyed by the very same rules.
 */
package org.marsad.place.name;
