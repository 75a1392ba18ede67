/**
 * Finding, the first step of the figure stage: {@code FigureFinder} walks the tokens ("في كل من"/"in each
 * of" included) and returns the candidate figures in text order. A number and its noun ({@code Counts}:
 * ranges, "out of", definite numbers after a plural noun), unless it is a share or an average
 * ({@code Rates}: "من كل 10", "يومياً", "a day"); a figure without a number ({@code LoneFigures}: "استشهد
 * طفل", "طفلان", "a woman", آخر, أحدهم); items set in apposition or between commas ({@code Lists}). The words
 * of each phrase are read by {@code figure.phrase}.
 *
 * <p>Of {@link org.marsad.extract.figure.Figure} it creates each candidate and writes its span and what its
 * words say of it (start, numberEnd, end, count, qualifier, group, kin, and how it joins the figure before:
 * conjoined, enumerated, apposed, oneOf, partitive, definite, refersBack …). Only
 * {@code FigureFinder.find} is public.
 */
package org.marsad.extract.figure.find;
