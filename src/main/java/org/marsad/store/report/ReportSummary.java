package org.marsad.store.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as a list shows it: its title, dates and source, how many figures were found in it, and the
 * opening of its text for a report without a title. Lists never load whole texts, which may be megabytes.
 */
public record ReportSummary(long id, Long sourceId, String title, String lang, LocalDate publishedOn,
                            Instant createdAt, String opening, int figures) {
    /** Characters of the text kept as {@link #opening}. */
    public static final int OPENING_CHARS = 120;
}
