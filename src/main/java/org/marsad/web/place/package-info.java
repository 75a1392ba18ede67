/**
 * Places in the web app: the gazetteer looked up as documenters write a place ("بكفرنبل", "Kafranbel, Idlib"),
 * with every candidate's p-code, level, governorate, score and the resolver's note, in the page's language.
 */
package org.marsad.web.place;
