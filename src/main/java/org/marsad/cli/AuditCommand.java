package org.marsad.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditAnchor;
import org.marsad.store.audit.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad audit}: the sealed audit trail of every change, and its head kept outside the database. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit trail or print its head.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Head.class})
final class AuditCommand {
    @ParentCommand
    Main main;

    /** Exit 0 and "OK" when the trail is whole; exit 1 and one line per problem when it is not. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check every entry's seal and the head against the anchor kept outside the database; "
                    + "print OK, or what is wrong (exit 1).")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() {
            try (Database db = Database.open(audit.main.databaseUrl())) {
                List<AuditLog.Problem> problems = new AuditLog(db).verify();
                if (problems.isEmpty()) {
                    spec.commandLine().getOut().println("OK");
                    return 0;
                }
                problems.forEach(p -> spec.commandLine().getOut().println("BROKEN " + p));
                return 1;
            }
        }
    }

    /**
     * The anchored head as JSON (database id, entries, last seal), to publish with a report: anyone holding
     * it can later tell whether the trail was cut back or rewritten.
     */
    @Command(name = "head", mixinStandardHelpOptions = true,
            description = "Print the audit trail's head kept outside the database (entries and last seal) as JSON.")
    static final class Head implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() throws Exception {
            try (Database db = Database.open(audit.main.databaseUrl())) {
                AuditLog log = new AuditLog(db);
                AuditAnchor.Head anchored = log.anchor().read().orElse(new AuditAnchor.Head(0, null));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("database", db.databaseId());
                out.put("entries", anchored.entries());
                out.put("head", anchored.hash());
                out.put("anchor", log.anchor().file().toString());
                spec.commandLine().getOut().println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(out));
                return 0;
            }
        }
    }
}
