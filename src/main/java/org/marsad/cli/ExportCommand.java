package org.marsad.cli;

import java.util.List;
import org.marsad.report.export.ExportFormat;
import org.marsad.report.export.Exports;
import org.marsad.store.Database;
import org.marsad.tally.Dimension;
import org.marsad.tally.Tallies;
import org.marsad.tally.TallyFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad export}: victims, incidents or a tally as CSV, JSON, GeoJSON or HXL. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export victims, incidents or a tally (no confidential source fields).")
final class ExportCommand implements Runnable {
    enum What { VICTIMS, INCIDENTS, TALLY }

    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", defaultValue = "incidents", paramLabel = "WHAT",
            description = "victims, incidents or tally (default: ${DEFAULT-VALUE}).")
    String what;

    @Option(names = "--format", required = true, description = "csv, json, geojson or hxl.")
    String format;

    @Option(names = "--by", split = ",", paramLabel = "DIM", description = "For a tally: its breakdown (as in tally).")
    List<String> by = List.of();

    @Mixin
    OutputOption output;

    @Mixin
    TallyOptions filters;

    @Override
    public void run() {
        What w = TallyOptions.parse(What.class, what, "WHAT");
        ExportFormat f = TallyOptions.parse(ExportFormat.class, format, "--format");
        TallyFilter filter = filters.filter();
        try (Database db = Store.open(main)) {
            Exports exports = new Exports(db);
            output.write(writer -> {
                switch (w) {
                    case VICTIMS -> exports.victims(filter, f, writer);
                    case INCIDENTS -> exports.incidents(filter, filters.grades == null ? null : filter.grades(), f, writer);
                    case TALLY -> exports.tally(new Tallies(db).count(by.stream().map(Dimension::ofCode).toList(), filter),
                            f, writer);
                }
            });
        }
    }
}
