/**
 * Arabic and English text primitives for reading casualty reports: letter normalization (and the folding
 * of spellings that names of persons and places are compared by), tokens with
 * their offsets, digits of all three scripts, number words and month names of both Arabic naming
 * systems. It knows nothing about casualties; {@code extract} builds on it.
 */
package org.marsad.text;
