/**
 * Counting without double counting. The rules, applied in {@link org.marsad.tally.CountUnits}:
 * <ol>
 * <li>A person (a linked cluster of victim records) counts once, however many sources name them;
 *     a record not yet linked counts as its own person.</li>
 * <li>An incident counts, per group and outcome, the largest of: its recorded figure, the largest
 *     confirmed claim attached to it, and the named persons attached to it — never a sum of sources.
 *     Named persons of a counted incident are inside its figure, not added on top.</li>
 * <li>A figure that is not attached to an incident (a cumulative toll someone reported) is a reported
 *     figure: shown beside the tally for comparison, never added to it.</li>
 * <li>Groups nest: children, women and men are within civilians; civilians and fighters within people.
 *     A parent figure is raised to the sum of its parts when a source gave only the parts.</li>
 * <li>Figures are ranges: a tally sums low, best and high; headlines quote the low sum, qualified
 *     "at least". Incidents count when their grade passes the filter (by default confirmed and fair);
 *     single-source (weak) incidents are reported apart as provisional.</li>
 * </ol>
 * This package reads the store and counts; it never writes.
 */
package org.marsad.tally;
