package org.marsad.cli;

import org.marsad.extract.Claim;
import org.marsad.extract.Check;
import org.marsad.extract.Extraction;

/** Claims as a table for a terminal, one line each, with the words of the report they stand on. */
final class ClaimText {
    private ClaimText() {
    }

    static String table(Extraction e, String text) {
        StringBuilder sb = new StringBuilder(String.format("%-3s %-8s %7s %-9s %-9s %-6s %-16s %s%n", "#", "outcome",
                "count", "qualifier", "group", "within", "cause", "words"));
        for (int i = 0; i < e.claims().size(); i++) {
            Claim c = e.claims().get(i);
            sb.append(String.format("%-3d %-8s %7d %-9s %-9s %-6s %-16s %s%n", i, c.outcome().code(), c.count(),
                    c.qualifier().code(), c.group().code(), c.within() == null ? "" : c.within().toString(),
                    c.cause() == null ? "" : c.cause(), text.substring(c.span().start(), c.span().end())));
        }
        for (Check check : e.checks()) {
            sb.append("check: ").append(check.message()).append('\n');
        }
        return sb.toString();
    }
}
