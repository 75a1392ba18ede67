/**
 * The demo data that {@code marsad serve --demo} loads: reports written by the Marsad team with their
 * reviewed figures. It only writes through the store's repositories, and never overwrites real data.
 */
package org.marsad.demo;
