package org.marsad.peers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.priv.garshol.duke.Comparator;

/**
 * Duke comparator for ISO dates (YYYY-MM-DD). Duke 1.2 ships no date comparator, and
 * its NumericComparator works on ratios, which is meaningless for day counts, so this
 * plugs into Duke's documented {@link Comparator} extension point: similarity falls
 * linearly from 1.0 (same day) to 0.0 at {@code window} days apart. Unparseable values
 * give 0.5 (no evidence), as Duke's own NumericComparator does.
 */
public final class DayComparator implements Comparator {
  private final double window;

  public DayComparator(double window) {
    this.window = window;
  }

  @Override
  public boolean isTokenized() {
    return false;
  }

  @Override
  public double compare(String v1, String v2) {
    try {
      long d = Math.abs(LocalDate.parse(v1).toEpochDay() - LocalDate.parse(v2).toEpochDay());
      return Math.max(0.0, 1.0 - d / window);
    } catch (DateTimeParseException e) {
      return 0.5;
    }
  }
}
