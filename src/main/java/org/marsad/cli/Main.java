package org.marsad.cli;

import org.marsad.InputError;
import org.marsad.store.DatabaseFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code marsad} command: a thin shell over the feature packages. stdout carries only results;
 * notices and logs go to stderr. Exit status: 0 success, 1 a user error (one line on stderr), 2 a
 * usage error.
 */
@Command(name = "marsad",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Casualty recording: extract, record, link, count and publish deaths in armed conflict.",
        subcommands = {
                ServeCommand.class,
                ExtractCommand.class,
                IngestCommand.class,
                PlacesCommand.class,
                ImportCommand.class,
                LinkCommand.class,
                TallyCommand.class,
                EstimateCommand.class,
                ReportCommand.class,
                ExportCommand.class,
                BenchCommand.class,
                UserCommand.class,
                AuditCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
        })
public final class Main {

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Database: an SQLite file path or jdbc:sqlite:…, or jdbc:postgresql://… "
                    + "(default: env MARSAD_DB, else the SQLite file marsad-data/marsad.db)")
    String db;


    /** The database URL chosen by {@code --db}, then {@code MARSAD_DB}; null means the default file. */
    String databaseUrl() {
        if (db != null && !db.isBlank()) {
            return db;
        }
        String env = System.getenv("MARSAD_DB");
        return env == null || env.isBlank() ? null : env;
    }


    /** Who a command's changes are audited as: the operating system's user at the command line. */
    static String actor() {
        return "cli:" + System.getProperty("user.name");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputError) {
                commandLine.getErr().println("marsad: " + e.getMessage());
                return 1;
            }
            if (DatabaseFailure.involved(e)) {
                // one line naming the database, never the driver's message, which may quote a victim's row
                commandLine.getErr().println("marsad: " + DatabaseFailure.describe(e,
                        DatabaseFailure.redactedUrl(main.databaseUrl())));
                return 1;
            }
            throw e;
        });
        return cli;
    }
}
