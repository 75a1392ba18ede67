/**
 * Places: the gazetteer of administrative units (OCHA p-codes, hierarchy, Arabic and English names,
 * centroids, outlines), shipped as data built by {@code scripts/build-gazetteer.py}, and the resolver that
 * turns a place as reports write it ("ريف دير الزور الشرقي", "Raqqa city") into ranked p-codes with a
 * precision note. What the rest of Marsad uses is here ({@link org.marsad.place.Gazetteer}, {@link
 * org.marsad.place.PlaceResolver}, {@link org.marsad.place.Candidate}, {@link org.marsad.place.Place}); the
 * stages live in sub-packages, in the order a mention takes them: {@code name} keys the spellings of names,
 * {@code mention} reads a mention's words, {@code gazetteer} reads the shipped files and word lists,
 * {@code index} finds places by key, {@code resolve} turns a mention into scored candidates; {@code bench}
 * measures it. It reads only its own resources: no database (but {@link org.marsad.place.PlaceTable}, which
 * writes the places into one), no network, and no other feature package.
 */
package org.marsad.place;
