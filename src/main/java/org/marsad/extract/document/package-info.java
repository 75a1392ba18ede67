/**
 * The first stage of extraction: a report read once into tokens, sentences and what the casualty lexicon
 * knows of each word (a noun that counts people, an outcome named before or after a figure, a part
 * marker such as بينهم, a unit that makes a number no count of people), with the phrase tables
 * ({@link org.marsad.extract.document.Vocabulary}) that the later stages search. Arabic words are looked
 * up with their prefixes (و، ف، ب، ل، ك، ال) removed.
 */
package org.marsad.extract.document;
