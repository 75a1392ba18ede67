package org.marsad.tally;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A tally as CSV or as an aligned text table for a terminal; the last line is the total. */
public final class TallyText {
    private TallyText() {
    }

    public static String csv(Tally t) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(TallyJson.header(t));
            for (Tally.Row r : t.rows()) {
                csv.printRecord(TallyJson.values(r));
            }
            csv.printRecord(totalLine(t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String table(Tally t) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(TallyJson.header(t));
        t.rows().forEach(r -> lines.add(TallyJson.values(r)));
        lines.add(totalLine(t));
        int[] width = new int[lines.get(0).size()];
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                width[i] = Math.max(width[i], l.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                String cell = l.get(i);
                boolean number = i >= t.by().size();
                sb.append(number ? " ".repeat(width[i] - cell.length()) + cell : cell + " ".repeat(width[i] - cell.length()));
                sb.append(i + 1 < l.size() ? "  " : "\n");
            }
        }
        return sb.append(doubt(t.total())).toString();
    }

    /**
     * "killed 3,042 persons (-40/+5 from uncertain links: …)", the total's doubt in words under the table;
     * empty when the linker doubts nothing that reaches half a person.
     */
    static String doubt(Tally.Row total) {
        LinkDoubt d = total.killedDoubt();
        if (!d.any()) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "killed %,d (%s from uncertain links: about %,d may be counted twice, "
                        + "their records not yet linked; about %,d may be hidden in records of different people linked "
                        + "as one; review the doubtful pairs to settle them)%n",
                total.killed().low(), d.brief(), d.unlinkedPersons(), d.mergedPersons());
    }

    /** The reported figures beside the recorded counts, one line each, for the end of a table. */
    public static String reported(List<Reconciliation.Comparison> comparisons) {
        StringBuilder sb = new StringBuilder();
        for (Reconciliation.Comparison c : comparisons) {
            sb.append(String.format(java.util.Locale.ROOT, "reported by %s: %,d %s %s · recorded: %,d named + %,d unnamed%n",
                    c.source() == null ? "?" : c.source(), c.reported(), c.group().code(), c.outcome().code(),
                    c.recorded().named(), c.unnamed()));
        }
        return sb.toString();
    }

    private static List<String> totalLine(Tally t) {
        List<String> total = TallyJson.values(t.total());
        List<String> line = new ArrayList<>();
        for (int i = 0; i < t.by().size(); i++) {
            line.add(i == 0 ? "total" : "");
        }
        line.addAll(total);
        return line;
    }
}
