package org.marsad.link;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * Imports a named victim list (Linkage CSV, with cause, perpetrator and affiliation columns when given)
 * as one source's records. The whole file is checked before anything is written, and written in one
 * transaction; a record already imported (same source, same id) is left as it is, so importing the same
 * file again changes nothing.
 */
public final class VictimImport {
    private VictimImport() {
    }

    /** The file a list came from, as the audit trail records it: its name and the SHA-256 of its bytes. */
    public record ListFile(String name, String sha256) {
    }

    /**
     * Imports the rows in one transaction with their source (created if new) and an audit entry naming the
     * file, its SHA-256 and the rows added, so a failed import leaves nothing behind, not even its source;
     * {@code pcode} resolves a place as written to its p-code, if it can.
     */
    public static Victims.ImportResult run(Database db, List<LinkageCsv.Row> rows, String source,
                                           Function<String, String> pcode, ListFile file, String actor) {
        return db.jdbi().inTransaction(h -> {
            long sourceId = Sources.named(h, source, "list", actor).id();
            Victims.ImportResult result = Victims.addAll(h, victims(rows, sourceId, pcode));
            AuditLog.append(h, actor, "victims.import", "source", Long.toString(sourceId), null,
                    AuditJson.of("file", file.name(), "sha256", file.sha256(), "rows", rows.size(),
                            "added", result.added(), "unchanged", result.unchanged()));
            return result;
        });
    }

    private static List<Victim> victims(List<LinkageCsv.Row> rows, long sourceId, Function<String, String> pcode) {
        List<Victim> victims = new ArrayList<>(rows.size());
        for (LinkageCsv.Row row : rows) {
            VictimRecord r = row.record();
            String status = r.status() == null ? null : r.status() == Status.FIGHTER ? "fighter" : "civilian";
            victims.add(new Victim(null, sourceId, r.id(), r.name(), null, null, null, null,
                    r.sex() == null ? null : r.sex() == Sex.FEMALE ? 'F' : 'M', r.age(),
                    r.age() == null ? null : r.age() < 18 ? "child" : "adult", status, row.more().get("affiliation"),
                    r.date(), r.place(), r.place() == null ? null : pcode.apply(r.place()), row.more().get("cause"),
                    row.more().get("perpetrator"), null, null));
        }
        return victims;
    }
}
