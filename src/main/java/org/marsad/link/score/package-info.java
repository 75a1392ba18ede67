/**
 * Weighing a pair: each field compared into a level, the levels packed into an agreement pattern, a
 * Fellegi–Sunter model learned without labels by EM from weights kept in the product, rare names weighed
 * more, a name many records of the lists bear weighed less ({@link org.marsad.link.score.Namesakes}), and
 * the vetoes ({@link org.marsad.link.score.NeverOne}) that no weight overrides, so brothers
 * killed together stay two. It gives a probability per pair and leaves the grouping to {@code cluster}.
 */
package org.marsad.link.score;
