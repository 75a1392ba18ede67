/**
 * Publishing primitives: counted phrases that agree in number and gender (Arabic and English) and
 * SVG charts (deaths over time, breakdowns, a governorate map) in Arabic right to left or English.
 * This package words and draws figures it is given; it does not count, query the store or decide
 * what a figure is (that is {@code tally}).
 */
package org.marsad.report;
