/**
 * {@code places bench}: the gazetteer's first and later loads and the resolution of press-shaped mentions made
 * from the gazetteer's own names ({@link org.marsad.place.bench.BenchMentions}), timed by wall clock and by
 * processor time of the thread, the process, the compiler and the collector ({@link
 * org.marsad.place.bench.ResolverBenchmark}), since on a shared machine the wall clock says more of the other
 * processes than of this code. It needs no outside data.
 */
package org.marsad.place.bench;
