package org.marsad.extract;

import java.time.LocalDate;

/** The time a figure covers; either end may be unknown (null). */
public record Period(LocalDate from, LocalDate to) {
}
