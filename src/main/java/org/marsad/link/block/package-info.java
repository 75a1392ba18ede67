/**
 * Finding candidate pairs: blocking on pairs of name parts, on the given name with the day of death and
 * on the further rules that catch slips, so that a million records give millions of pairs to compare
 * instead of half a trillion; the pairs as packed longs and the records in an order that keeps a pair's
 * two records near each other in memory. It decides nothing: a pair it misses is lost to every later stage.
 */
package org.marsad.link.block;
