package org.marsad.web.edit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.InputError;
import org.marsad.link.LinkageCsv;

/**
 * Every error of a victims CSV by line, before anything is written. The import's reader stops at the
 * first bad row; this reads the file again without each bad line found, up to {@link #MOST} errors, and
 * names each by its line in the file as uploaded.
 */
final class CsvCheck {
    /** Errors listed at most: past this many the file needs fixing as a whole, not line by line. */
    static final int MOST = 20;
    private static final Pattern AT_LINE = Pattern.compile("^(.*?): line (\\d+): (.*)$");

    record Result(List<LinkageCsv.Row> rows, List<CsvProblem> errors) {
    }

    private CsvCheck() {
    }

    static Result check(String text, String name) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        List<Integer> original = new ArrayList<>();
        for (int i = 1; i <= lines.size(); i++) {
            original.add(i);
        }
        List<CsvProblem> errors = new ArrayList<>();
        while (true) {
            try {
                List<LinkageCsv.Row> rows = LinkageCsv.rows(new StringReader(String.join("\n", lines)), name);
                return new Result(errors.isEmpty() ? rows : List.of(), errors);
            } catch (InputError e) {
                Matcher m = AT_LINE.matcher(e.getMessage());
                int line = m.matches() ? Integer.parseInt(m.group(2)) : 0;
                if (line < 2 || line > lines.size()) {
                    errors.add(CsvProblem.of(line, m.matches() ? m.group(3) : e.getMessage()));
                    return new Result(List.of(), errors);
                }
                errors.add(CsvProblem.of(original.get(line - 1), m.group(3)));
                lines.remove(line - 1);
                original.remove(line - 1);
                if (errors.size() >= MOST) {
                    return new Result(List.of(), errors);
                }
            }
        }
    }
}
