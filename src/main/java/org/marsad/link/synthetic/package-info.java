/**
 * Lists whose truth is known, to measure linking: a generator of victims named the way lists name them
 * (spelling variants, Latin romanizations, parts left out), a harsher one (slips, vowel-less
 * romanization, two-part names beside four), one with a list back in Arabic from Latin and dates with day
 * and month swapped, and the benchmarks of {@code bench link} and
 * {@code bench review}. Nothing here runs when an observatory links its own lists.
 */
package org.marsad.link.synthetic;
