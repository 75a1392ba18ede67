package org.marsad.web.edit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.web.Messages;

/**
 * One error of a victims CSV, said in the reader's language: the line, the reason by its message key and
 * the column it names (shown as written in the file, as code). The import's reader ({@code LinkageCsv},
 * shared with the command line) says its errors in English lines; this reads those lines by their shapes,
 * one pattern per kind of error, and a line of another shape is said as "this row cannot be read".
 */
record CsvProblem(int line, String key, String column, List<String> values) {
    private record Shape(Pattern pattern, String key, boolean namesColumn) {
    }

    /** The reader's error lines, most specific first; group 1 is the column when it names one, the rest are values. */
    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("^field 'sex' is '(.*)', expected .*$"), "input.sex", false),
            new Shape(Pattern.compile("^field 'status' is '(.*)', expected .*$"), "input.victim_status", false),
            new Shape(Pattern.compile("^field 'age' is '(.*)', expected .*$"), "csv.age", false),
            new Shape(Pattern.compile("^field 'date' is '(.*)', expected .*$"), "csv.date", false),
            new Shape(Pattern.compile("^field '(.*)' is empty$"), "csv.empty", true),
            new Shape(Pattern.compile("^id '(.*)' is used twice$"), "csv.id_twice", false),
            new Shape(Pattern.compile("^the header has no '(.*)' column$"), "csv.no_column", true),
            new Shape(Pattern.compile("^(\\d+) fields, the header has (\\d+)$"), "csv.fields", false));

    /** The problem of line {@code line} whose English reason is {@code reason}. */
    static CsvProblem of(int line, String reason) {
        for (Shape s : SHAPES) {
            Matcher m = s.pattern().matcher(reason);
            if (m.matches()) {
                List<String> values = new java.util.ArrayList<>();
                for (int g = s.namesColumn() ? 2 : 1; g <= m.groupCount(); g++) {
                    values.add(m.group(g));
                }
                return new CsvProblem(line, s.key(), s.namesColumn() ? m.group(1) : null, values);
            }
        }
        return new CsvProblem(line, line > 0 ? "csv.unreadable_row" : "csv.unreadable", null, List.of());
    }

    /** As the upload page shows it: where, what, and the column as written. */
    record Shown(String where, String what, String column) {
    }

    Shown in(Messages t) {
        return new Shown(line > 0 ? t.get("csv.line", t.plain(line)) : null, t.get(key, values.toArray()), column);
    }
}
