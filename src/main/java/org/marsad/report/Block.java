package org.marsad.report;

import java.util.List;

/** A piece of a narrative report, written out as Markdown or HTML by {@link ReportRenderer}. */
sealed interface Block {
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    /** A table; columns from {@code numericFrom} on hold numbers and align to the end. */
    record Table(List<String> header, List<List<String>> rows, int numericFrom) implements Block {
    }

    /** A chart as SVG: drawn in HTML, named in Markdown. */
    record Chart(String title, String svg) implements Block {
    }
}
