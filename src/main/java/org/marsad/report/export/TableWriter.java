package org.marsad.report.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows of named columns as CSV, HXL (CSV with a hashtag row under the header), JSON (an array of
 * objects) or GeoJSON (a FeatureCollection of points from the {@code lat} and {@code lon} columns; a row
 * without coordinates is a feature with a null geometry). Rows are streamed, so a million fit.
 */
final class TableWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TableWriter() {
    }

    static void write(List<Column> columns, Stream<List<Object>> rows, ExportFormat format, Writer out) {
        try {
            switch (format) {
                case CSV, HXL -> csv(columns, rows, format == ExportFormat.HXL, out);
                case JSON -> json(columns, rows, out);
                case GEOJSON -> geojson(columns, rows, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(List<Column> columns, Stream<List<Object>> rows, boolean hxl, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        csv.printRecord(columns.stream().map(Column::name).toList());
        if (hxl) {
            csv.printRecord(columns.stream().map(Column::hxl).toList());
        }
        rows.forEach(r -> {
            try {
                csv.printRecord(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private static void json(List<Column> columns, Stream<List<Object>> rows, Writer out) throws IOException {
        JsonGenerator g = JSON.getFactory().createGenerator(out);
        g.writeStartArray();
        rows.forEach(r -> object(g, columns, r, null));
        g.writeEndArray();
        g.writeRaw('\n');
        g.flush();
    }

    private static void geojson(List<Column> columns, Stream<List<Object>> rows, Writer out) throws IOException {
        int lat = index(columns, "lat");
        int lon = index(columns, "lon");
        JsonGenerator g = JSON.getFactory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        rows.forEach(r -> {
            try {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                if (r.get(lat) != null && r.get(lon) != null) {
                    g.writeObjectFieldStart("geometry");
                    g.writeStringField("type", "Point");
                    g.writeArrayFieldStart("coordinates");
                    g.writeNumber(((Number) r.get(lon)).doubleValue());
                    g.writeNumber(((Number) r.get(lat)).doubleValue());
                    g.writeEndArray();
                    g.writeEndObject();
                } else {
                    g.writeNullField("geometry");
                }
                g.writeFieldName("properties");
                object(g, columns, r, List.of(lat, lon));
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void object(JsonGenerator g, List<Column> columns, List<Object> row, List<Integer> skip) {
        try {
            g.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                if (skip == null || !skip.contains(i)) {
                    g.writeObjectField(columns.get(i).name(), row.get(i));
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int index(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("a GeoJSON export needs a '" + name + "' column");
    }
}
