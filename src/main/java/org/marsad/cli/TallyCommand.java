package org.marsad.cli;

import java.util.List;
import org.marsad.store.Database;
import org.marsad.tally.Dimension;
import org.marsad.tally.Reconciliation;
import org.marsad.tally.Tallies;
import org.marsad.tally.Tally;
import org.marsad.tally.TallyFilter;
import org.marsad.tally.TallyJson;
import org.marsad.tally.TallyText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad tally}: counts of the dead and injured, each counted once, broken down as asked. */
@Command(name = "tally", mixinStandardHelpOptions = true,
        description = "Count deaths and injuries without double counting, broken down by dimensions.")
final class TallyCommand implements Runnable {
    enum Format { TABLE, CSV, JSON }

    @ParentCommand
    Main main;

    @Option(names = "--by", split = ",", paramLabel = "DIM", description = "Break down by: day, week, month, year, "
            + "governorate, district, subdistrict, community, group, cause, perpetrator, status, affiliation.")
    List<String> by = List.of();

    @Mixin
    TallyOptions filters;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public void run() {
        Format f = TallyOptions.parse(Format.class, format, "--format");
        List<Dimension> dims = by.stream().map(Dimension::ofCode).toList();
        try (Database db = Store.open(main)) {
            Tallies tallies = new Tallies(db);
            TallyFilter filter = filters.filter();
            Tally t = tallies.count(dims, filter);
            List<Reconciliation.Comparison> reported = new Reconciliation(db, tallies).compare(filter);
            System.out.print(switch (f) {
                case TABLE -> TallyText.table(t) + (reported.isEmpty() ? "" : "\n" + TallyText.reported(reported));
                case CSV -> TallyText.csv(t);
                case JSON -> TallyJson.write(t, reported) + "\n";
            });
        }
    }
}
