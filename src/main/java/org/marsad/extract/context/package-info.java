/**
 * The third stage: the circumstances a report gives a figure in its sentence, its cause, perpetrator,
 * affiliation and place ({@link org.marsad.extract.context.Circumstances}), and the periods it covers
 * ({@link org.marsad.extract.context.PeriodReader}). The place is resolved to a p-code only through the
 * {@link org.marsad.extract.PlaceLookup} given.
 */
package org.marsad.extract.context;
