package org.marsad.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.marsad.link.name.CrossScriptNames;
import org.marsad.store.BulkWrites;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * Imports a named victim list (Linkage CSV, with cause, perpetrator and affiliation columns when given)
 * as one source's records. The whole file is checked before anything is written, and written in one
 * transaction (a list file in batches, read again row by row: see {@link VictimListFile}), with the name
 * keys of the records it adds, so that a search right after the import finds them; a record already
 * imported (same source, same id) is left as it is, so importing the same file again changes nothing.
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
        return write(db, each -> rows.forEach(row -> each.accept(0, row)), rows.size(), source, pcode, file, actor);
    }

    /**
     * Imports a checked list file as {@link #run(Database, List, String, Function, ListFile, String)} does,
     * reading it again row by row and writing it in batches inside the one transaction: the heap holds one
     * batch, whatever the file's size.
     */
    public static Victims.ImportResult run(Database db, VictimListFile.Checked list, String source,
                                           Function<String, String> pcode, String actor) {
        return write(db, each -> VictimListFile.forEachRow(list, each), list.rows(), source, pcode,
                new ListFile(list.file().getFileName().toString(), list.sha256()), actor);
    }

    /** Rows written per batch: a batch of 5,000 rows is a few MB of heap and one round trip. */
    static final int BATCH = 5_000;

    private static Victims.ImportResult write(Database db, Consumer<LinkageCsv.RowConsumer> rows, long count,
                                              String source, Function<String, String> pcode, ListFile file,
                                              String actor) {
        return BulkWrites.inTransaction(db, h -> {
            long sourceId = Sources.named(h, source, "list", actor).id();
            List<Victim> batch = new ArrayList<>(BATCH);
            long[] added = new long[1];
            rows.accept((line, row) -> {
                batch.add(victim(row, sourceId, pcode));
                if (batch.size() == BATCH) {
                    added[0] += Victims.addAll(h, batch, CrossScriptNames::indexKeys).added();
                    batch.clear();
                }
            });
            added[0] += Victims.addAll(h, batch, CrossScriptNames::indexKeys).added();
            Victims.ImportResult result = new Victims.ImportResult(Math.toIntExact(added[0]),
                    Math.toIntExact(count - added[0]));
            AuditLog.append(h, actor, "victims.import", "source", Long.toString(sourceId), null,
                    AuditJson.of("file", file.name(), "sha256", file.sha256(), "rows", count,
                            "added", result.added(), "unchanged", result.unchanged()));
            return result;
        });
    }

    /** Places resolved and remembered per import, at most this many: lists repeat a few thousand places. */
    static final int PLACES_REMEMBERED = 20_000;

    /**
     * {@code pcode} remembering its answers for the places seen last: resolving a place takes a parse,
     * and a list names the same villages again and again; bounded, so a list of distinct places cannot
     * fill the heap.
     */
    public static Function<String, String> remembering(Function<String, String> pcode) {
        Map<String, Optional<String>> seen = new LinkedHashMap<>(1 << 10, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
                return size() > PLACES_REMEMBERED;
            }
        };
        return place -> seen.computeIfAbsent(place, p -> Optional.ofNullable(pcode.apply(p))).orElse(null);
    }

    private static Victim victim(LinkageCsv.Row row, long sourceId, Function<String, String> pcode) {
        VictimRecord r = row.record();
        String status = r.status() == null ? null : r.status() == Status.FIGHTER ? "fighter" : "civilian";
        return new Victim(null, sourceId, r.id(), r.name(), null, null, null, null,
                r.sex() == null ? null : r.sex() == Sex.FEMALE ? 'F' : 'M', r.age(),
                r.age() == null ? null : r.age() < 18 ? "child" : "adult", status, row.more().get("affiliation"),
                r.date(), r.place(), r.place() == null ? null : pcode.apply(r.place()), row.more().get("cause"),
                row.more().get("perpetrator"), null, null);
    }
}
