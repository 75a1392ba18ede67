package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.store.Database;
import org.marsad.store.backup.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad backup --out FILE}: a consistent snapshot of the database while others write, checked. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent, checked snapshot of the database (SQLite or PostgreSQL) to one portable file.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (must not exist).")
    Path out;

    @Override
    public Integer call() {
        try (Database db = Database.open(main.databaseUrl())) {
            Backup.Info info = Backup.write(db, out);
            spec.commandLine().getOut().printf("backup %s: schema version %s, %d audit entries, head %s (checked)%n",
                    out, info.schemaVersion(), info.auditEntries(), info.auditHead());
            return 0;
        }
    }
}
