/**
 * Arabic and English text primitives for reading casualty reports: letter normalization, tokens with
 * their offsets, digits of all three scripts, number words and month names of both Arabic naming
 * systems. It knows nothing about casualties; {@code extract} builds on it.
 */
package org.marsad.text;
