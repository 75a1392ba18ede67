package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;

/** The claims of a report as a plain-text table for a person to read, with the words each was read from. */
public final class ClaimTable {

    private static final String[] HEADER = {"#", "outcome", "count", "qualifier", "group", "within", "cause",
        "perpetrator", "affiliation", "place", "period", "words"};

    private ClaimTable() {
    }

    public static String render(String name, String text, Extraction e) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < e.claims().size(); i++) {
            Claim c = e.claims().get(i);
            rows.add(new String[] {Integer.toString(i), c.outcome().code(), Long.toString(c.count()),
                c.qualifier().code(), c.group().code(), c.within() == null ? "" : c.within().toString(),
                orEmpty(c.cause()), orEmpty(c.perpetrator()), orEmpty(c.affiliation()),
                c.place() == null ? "" : c.place().text() + (c.place().pcode() == null ? "" : " " + c.place().pcode()),
                period(c.period()), oneLine(text.substring(c.span().start(), c.span().end()))});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int k = 0; k < row.length; k++) {
                widths[k] = Math.max(widths[k], row[k].length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(name).append(" (").append(e.lang()).append("): ").append(e.claims().size()).append(" claims\n");
        if (e.noFigure() != null) {
            return out.append(e.noFigure().english()).append('\n').append(e.noFigure().arabic()).append('\n').toString();
        }
        for (String[] row : rows) {
            for (int k = 0; k < row.length; k++) {
                out.append(k == 0 ? "" : "  ").append(k == row.length - 1 ? row[k] : pad(row[k], widths[k]));
            }
            out.append('\n');
        }
        for (Check c : e.checks()) {
            out.append(c.ok() ? "ok    " : "CHECK ").append(c.kind()).append(' ').append(c.claims()).append(": ")
                    .append(c.message()).append('\n');
        }
        return out.toString();
    }

    private static String period(Period p) {
        if (p == null) {
            return "";
        }
        return (p.from() == null ? "…" : p.from().toString()) + " – " + (p.to() == null ? "…" : p.to().toString());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : oneLine(s);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
