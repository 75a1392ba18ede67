package org.marsad.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.marsad.link.name.CrossScriptNames;
import org.marsad.store.Database;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.VictimImports;
import org.marsad.store.victim.Victims;

/**
 * Imports a named victim list (Linkage CSV, with cause, perpetrator and affiliation columns when given)
 * as one source's records. The whole file is checked before anything is written, then written in batches
 * (read again row by row: see {@link VictimListFile}) that count all at once or not at all
 * ({@link VictimImports}), with the name keys of the records it adds, so that a search right after the
 * import finds them; a record already imported (same source, same id) is left as it is, so importing the
 * same file again changes nothing.
 */
public final class VictimImport {
    private VictimImport() {
    }

    /** The file a list came from, as the audit trail records it: its name and the SHA-256 of its bytes. */
    public record ListFile(String name, String sha256) {
    }

    /**
     * Imports the rows with their source (created if new) and an audit entry naming the file, its SHA-256
     * and the rows added, all or nothing: a failed import leaves nothing behind, not even its source;
     * {@code pcode} resolves a place as written to its p-code, if it can.
     */
    public static Victims.ImportResult run(Database db, Iterable<LinkageCsv.Row> rows, String source,
                                           Function<String, String> pcode, ListFile file, String actor) {
        return write(db, each -> rows.forEach(row -> each.accept(0, row)), source, pcode, file, actor);
    }

    /**
     * Imports a checked list file as {@link #run(Database, Iterable, String, Function, ListFile, String)} does,
     * reading it again row by row: the heap holds one batch, whatever the file's size.
     */
    public static Victims.ImportResult run(Database db, VictimListFile.Checked list, String source,
                                           Function<String, String> pcode, String actor) {
        return write(db, each -> VictimListFile.forEachRow(list, each), source, pcode,
                new ListFile(list.file().getFileName().toString(), list.sha256()), actor);
    }

    /**
     * The rows in batches ({@link VictimImports}): each batch is read, its places resolved and its names
     * keyed before it takes the database's write lock, so the lock is held for the rows' writing alone, in
     * short commits that leave it free for other writers in between; the import counts only once its last
     * commit is made.
     */
    private static Victims.ImportResult write(Database db, Consumer<LinkageCsv.RowConsumer> rows, String source,
                                              Function<String, String> pcode, ListFile file, String actor) {
        try (VictimImports.Writing writing = VictimImports.begin(db, source, file.name(), file.sha256(), actor)) {
            List<Victim> batch = new ArrayList<>();
            Map<String, Set<String>> keys = new HashMap<>();
            long[] count = new long[1];
            rows.accept((line, row) -> {
                Victim v = victim(row, writing.sourceId(), pcode);
                batch.add(v);
                keys.computeIfAbsent(v.fullName(), CrossScriptNames::indexKeys);
                count[0]++;
                if (batch.size() >= writing.batchSize()) {
                    writing.write(batch, keys::get);
                    batch.clear();
                    keys.clear();
                }
            });
            writing.write(batch, keys::get);
            return writing.commit(count[0]);
        }
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
