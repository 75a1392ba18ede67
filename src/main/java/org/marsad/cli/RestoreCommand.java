package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.link.name.CrossScriptNames;
import org.marsad.store.Database;
import org.marsad.store.backup.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code marsad restore FILE}: a backup into an empty database of either kind ({@code --db}), checked first,
 * in one transaction: also how an observatory moves from the file to a PostgreSQL server.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup into an empty database (--db: an SQLite file or PostgreSQL).")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A file written by marsad backup.")
    Path file;

    @Override
    public Integer call() {
        Backup.info(file);
        try (Database db = Database.open(main.databaseUrl())) {
            Backup.Info info = Backup.restore(file, db, Main.actor(), CrossScriptNames::indexKeys,
                    spec.commandLine().getErr()::println);
            spec.commandLine().getOut().printf("restored %s into %s: schema version %s, %d audit entries (taken %s)%n",
                    file, db.redactedUrl(), info.schemaVersion(), info.auditEntries(), info.takenAt());
            return 0;
        }
    }
}
