package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import org.marsad.link.LinkageCsv;
import org.marsad.link.VictimImport;
import org.marsad.place.Candidate;
import org.marsad.place.Gazetteer;
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
            List<LinkageCsv.Row> rows = LinkCommand.rows(file);
            PlaceResolver places = new PlaceResolver(Gazetteer.shipped());
            try (Database db = Store.open(parent.main)) {
                Victims.ImportResult result = VictimImport.run(db, rows, source,
                        place -> places.best(place).map(Candidate::pcode).orElse(null),
                        new VictimImport.ListFile(file.getFileName().toString(), sha256(file)), Main.actor());
                System.out.printf("%d records added, %d already there%n", result.added(), result.unchanged());
            }
        }
    }

    /** The SHA-256 of a file's bytes, read in blocks. */
    static String sha256(Path file) {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[1 << 16];
            for (int n; (n = in.read(block)) > 0; ) {
                md.update(block, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.io.IOException e) {
            throw new org.marsad.InputError("cannot read " + file + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
