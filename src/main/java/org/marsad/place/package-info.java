/**
 * Places: the gazetteer of administrative units (OCHA p-codes, hierarchy, Arabic and English names,
 * centroids), shipped as data built by {@code scripts/build-gazetteer.py}, and the resolver that turns a
 * place as reports write it ("ريف دير الزور الشرقي", "Raqqa city") into ranked p-codes with a precision
 * note. It reads only its own resources: no database, no network, and no other feature package.
 */
package org.marsad.place;
