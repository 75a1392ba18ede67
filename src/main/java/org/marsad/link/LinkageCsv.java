package org.marsad.link;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.marsad.InputError;

/**
 * The "Linkage CSV" of DESIGN.md. Input: a header; {@code id} and {@code name} required; optional
 * {@code source, sex (M|F), age, date (YYYY-MM-DD, of death), place, status (civilian|fighter)}; other
 * columns ignored. Output: {@code id,cluster}, one row per input record, in input order. A malformed row
 * is an error naming its line and field, never a silent skip. Beyond the contract, what real lists write
 * is read too: male/female and ذكر/أنثى, any letter case, an age in parts of a year (0.5), and "unknown"
 * (غير معروف) as a blank field.
 */
public final class LinkageCsv {
    private static final Set<String> LINKAGE_COLUMNS = Set.of("id", "name", "source", "sex", "age", "date", "place",
            "status");

    private LinkageCsv() {
    }

    /** A record with the columns the linkage does not use (cause, perpetrator, affiliation…), blank ones left out. */
    public record Row(VictimRecord record, Map<String, String> more) {
    }

    /**
     * The text after a leading byte order mark (U+FEFF): Excel saves "CSV UTF-8" with one, and the
     * header's first column would otherwise read "\uFEFFid", not "id".
     */
    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /** Reads the records of a Linkage CSV; {@code name} is the file's name for messages. */
    public static List<VictimRecord> read(Reader in, String name) {
        return rows(in, name).stream().map(Row::record).toList();
    }

    /** Reads the rows of a Linkage CSV with their other columns, for an import. */
    public static List<Row> rows(Reader in, String name) {
        List<Row> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachRow(in, name, (line, row) -> {
            if (!ids.add(row.record().id())) {
                throw new InputError(name + ": line " + line + ": id '" + row.record().id() + "' is used twice");
            }
            records.add(row);
        });
        return records;
    }

    /** A list whose bytes are not UTF-8; the line is the last read whole, the bad bytes come after it. */
    public static final class NotUtf8 extends InputError {
        NotUtf8(String message) {
            super(message);
        }
    }

    /** What receives each row of a list as it is read, with the line it ends on. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(long line, Row row);
    }

    /**
     * Reads a Linkage CSV row by row, each checked, holding none of them: a list of any size is read in
     * the memory of one row. Ids used twice are the caller's to find ({@link #rows} keeps them all;
     * {@link VictimListFile} compares their hashes). Returns how many rows were read.
     */
    public static long forEachRow(Reader in, String name, RowConsumer each) {
        long line = 1;
        try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(withoutByteOrderMark(in))) {
            Map<String, Integer> header = csv.getHeaderMap();
            for (String required : List.of("id", "name")) {
                if (!header.containsKey(required)) {
                    throw new InputError(name + ": line 1: the header has no '" + required + "' column");
                }
            }
            List<String> others = header.keySet().stream().filter(h -> !LINKAGE_COLUMNS.contains(h)).toList();
            long rows = 0;
            for (CSVRecord row : csv) {
                line = csv.getCurrentLineNumber();
                if (row.size() != header.size()) {
                    throw new InputError(name + ": line " + line + ": " + row.size() + " fields, the header has "
                            + header.size());
                }
                VictimRecord r = record(row, header, name + ": line " + line);
                Map<String, String> more = new java.util.LinkedHashMap<>();
                for (String h : others) {
                    String v = optional(row, header, h);
                    if (v != null) {
                        more.put(h, v);
                    }
                }
                each.accept(line, new Row(r, more));
                rows++;
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            if (e instanceof java.nio.charset.CharacterCodingException
                    || e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw new NotUtf8(name + ": not valid UTF-8 text after line " + line
                        + " (save the list as CSV UTF-8) · النص ليس UTF-8");
            }
            throw new InputError(name + ": not a readable CSV file (" + e.getMessage() + ")");
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputError(name + ": not a valid CSV file (" + e.getMessage() + ")");
        }
    }

    /** Writes {@code id,cluster} for each record, in input order. */
    public static void write(List<VictimRecord> records, Linkage linkage, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            csv.printRecord("id", "cluster");
            for (int i = 0; i < records.size(); i++) {
                csv.printRecord(records.get(i).id(), linkage.personOf(i));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes generated records as Linkage CSV with one more column, {@code person}: the truth, which the
     * linkage ignores and a scorer (ours or another tool's) reads.
     */
    public static void writeLabelled(List<LabelledVictim> victims, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            csv.printRecord("id", "name", "source", "sex", "age", "date", "place", "status", "person");
            for (LabelledVictim victim : victims) {
                VictimRecord r = victim.record();
                csv.printRecord(r.id(), r.name(), r.source(),
                        r.sex() == null ? "" : r.sex() == Sex.MALE ? "M" : "F",
                        r.age() == null ? "" : r.age(), r.date() == null ? "" : r.date(),
                        r.place() == null ? "" : r.place(),
                        r.status() == null ? "" : r.status().name().toLowerCase(Locale.ROOT), victim.person());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VictimRecord record(CSVRecord row, Map<String, Integer> header, String where) {
        String id = required(row, "id", where);
        String name = required(row, "name", where);
        return new VictimRecord(id, name, optional(row, header, "source"), sex(optional(row, header, "sex"), where),
                age(optional(row, header, "age"), where), date(optional(row, header, "date"), where),
                optional(row, header, "place"), status(optional(row, header, "status"), where));
    }

    private static String required(CSVRecord row, String field, String where) {
        String v = row.get(field);
        if (v == null || v.isBlank()) {
            throw new InputError(where + ": field '" + field + "' is empty");
        }
        return v;
    }

    private static String optional(CSVRecord row, Map<String, Integer> header, String field) {
        if (!header.containsKey(field)) {
            return null;
        }
        String v = row.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("(\\d{1,3})(?:\\.\\d+)?");

    /** What lists write for a value not known: read as a blank field. */
    private static final Set<String> UNKNOWN = Set.of("u", "unknown", "غير معروف", "غير معروفه", "مجهول");

    /** A value of sex, age or status, or null when it is blank or written as not known. */
    private static String known(String v) {
        return v == null || UNKNOWN.contains(v.toLowerCase(Locale.ROOT)) ? null : v;
    }

    private static Sex sex(String written, String where) {
        String v = known(written);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "m", "male", "ذكر" -> Sex.MALE;
            case "f", "female", "أنثى", "انثى", "انثي" -> Sex.FEMALE;
            default -> throw new InputError(where + ": field 'sex' is '" + v + "', expected M or F");
        };
    }

    private static Integer age(String written, String where) {
        String v = known(written);
        if (v == null) {
            return null;
        }
        // an infant's age is often written in parts of a year (0.5): whole years completed
        java.util.regex.Matcher years = AGE.matcher(v);
        if (!years.matches() || Integer.parseInt(years.group(1)) > 130) {
            throw new InputError(where + ": field 'age' is '" + v + "', expected years from 0 to 130");
        }
        return Integer.parseInt(years.group(1));
    }

    private static LocalDate date(String v, String where) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InputError(where + ": field 'date' is '" + v + "', expected YYYY-MM-DD");
        }
    }

    private static Status status(String written, String where) {
        String v = known(written);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "civilian" -> Status.CIVILIAN;
            case "fighter" -> Status.FIGHTER;
            default -> throw new InputError(where + ": field 'status' is '" + v + "', expected civilian or fighter");
        };
    }
}
