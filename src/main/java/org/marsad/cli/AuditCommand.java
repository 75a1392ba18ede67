package org.marsad.cli;

import java.util.List;
import org.marsad.store.AuditLog;
import org.marsad.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code marsad audit}: the hash-chained audit trail of every change. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit trail.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand {
    @ParentCommand
    Main main;


    /** Exit 0 and "OK" when the chain holds; exit 1 and the ids of the broken entries when it does not. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the hash chain; print OK, or the ids of edited or misplaced entries (exit 1).")
    static final class Verify implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() {
            try (Database db = Database.open(audit.main.databaseUrl())) {
                List<Long> broken = new AuditLog(db).verify();
                if (broken.isEmpty()) {
                    spec.commandLine().getOut().println("OK");
                    return 0;
                }
                spec.commandLine().getOut().println("BROKEN " + broken.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(" ")));
                return 1;
            }
        }
    }
}
