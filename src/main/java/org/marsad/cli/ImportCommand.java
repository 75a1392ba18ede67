package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.link.VictimImport;
import org.marsad.link.VictimListFile;
import org.marsad.place.Candidate;
import org.marsad.place.PlaceResolver;
import org.marsad.store.Database;
import org.marsad.store.victim.Victims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad import victims FILE.csv --source NAME}: a named victim list into the database. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import data into the database.",
        subcommands = ImportCommand.VictimsCommand.class)
final class ImportCommand {
    @ParentCommand
    Main main;

    @Command(name = "victims", mixinStandardHelpOptions = true,
            description = "Import a named victim list (Linkage CSV; cause, perpetrator, affiliation columns welcome).")
    static final class VictimsCommand implements Runnable {
        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "FILE.csv")
        Path file;

        @Option(names = "--source", required = true, description = "The organisation or list the records come from.")
        String source;

        @Override
        public void run() {
            // checked before the database is opened: a list with an error takes no lock and writes nothing
            VictimListFile.Checked checked = VictimListFile.check(file);
            try (Database db = Store.open(parent.main)) {
                Victims.ImportResult result = importList(db, checked, source, Main.actor());
                System.out.printf("%d records added, %d already there%n", result.added(), result.unchanged());
            }
        }
    }

    /** Imports a checked list with its places resolved by the shipped gazetteer (each place as written once). */
    static Victims.ImportResult importList(Database db, VictimListFile.Checked checked, String source, String actor) {
        PlaceResolver places = PlaceResolver.shipped();
        return VictimImport.run(db, checked, source,
                VictimImport.remembering(place -> places.best(place).map(Candidate::pcode).orElse(null)), actor);
    }
}
