package org.marsad.store.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;
import org.marsad.extract.Claim;
import org.marsad.extract.Span;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.store.Columns;
import org.marsad.store.ConflictException;
import org.marsad.store.Database;
import org.marsad.store.Deletion;
import org.marsad.store.NotFound;
import org.marsad.store.ReviewStatus;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;

/**
 * A report as a whole changed by an editor: deleted (hidden and kept, with its named victims) or read
 * again by the current extractor. Both carry the report's version as the editor read it: a report someone
 * changed since answers a {@link ConflictException}, and nothing is applied.
 */
public final class ReportEdits {
    /** A report's version and, once deleted, its deletion mark. */
    public record State(int version, Deletion deletion) {
        public boolean deleted() {
            return deletion != null;
        }
    }

    /** What a re-extraction did: figures kept (a person's decision), removed, added; named victims added. */
    public record Reextracted(int version, int kept, int removed, int added, int victimsAdded) {
    }

    /** A deleted report as admins see it: number, title and deletion mark. */
    public record DeletedReport(long id, String title, Deletion deletion) {
    }

    private final Jdbi jdbi;

    public ReportEdits(Database db) {
        this.jdbi = db.jdbi();
    }

    public Optional<State> state(long id) {
        return jdbi.withHandle(h -> state(h, id));
    }

    private static Optional<State> state(Handle h, long id) {
        return h.createQuery("SELECT version, deleted_at, deleted_by, deleted_reason FROM report WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new State(rs.getInt("version"), rs.getString("deleted_at") == null ? null
                        : new Deletion(Columns.instant(rs, "deleted_at"), rs.getString("deleted_by"),
                        rs.getString("deleted_reason"))))
                .findOne();
    }

    /** The latest deleted reports, newest deletion first. */
    public List<DeletedReport> deleted(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, title, deleted_at, deleted_by, deleted_reason FROM report "
                        + "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT :limit").bind("limit", limit)
                .map((rs, ctx) -> new DeletedReport(rs.getLong("id"), rs.getString("title"),
                        new Deletion(Columns.instant(rs, "deleted_at"), rs.getString("deleted_by"),
                                rs.getString("deleted_reason"))))
                .list());
    }

    /**
     * Marks the report deleted: its figures leave the tally, and the persons it names (records of the
     * report, not of any list) are deleted with it, each with the report's reason; nothing is destroyed.
     */
    public State delete(long id, String reason, int expectedVersion, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InputError("reason is required: say why the report is deleted", "problem.reason_required");
        }
        return jdbi.inTransaction(h -> {
            State before = live(h, id, expectedVersion);
            String at = Columns.text(Columns.now());
            h.createUpdate("UPDATE report SET deleted_at = :at, deleted_by = :by, deleted_reason = :reason, "
                            + "version = version + 1 WHERE id = :id")
                    .bind("at", at).bind("by", actor).bind("reason", reason.strip()).bind("id", id).execute();
            int victims = h.createUpdate("UPDATE victim SET deleted_at = :at, deleted_by = :by, deleted_reason = :reason, "
                            + "version = version + 1 WHERE report_id = :id AND deleted_at IS NULL")
                    .bind("at", at).bind("by", actor).bind("reason", "report " + id + " deleted: " + reason.strip())
                    .bind("id", id).execute();
            State after = state(h, id).orElseThrow();
            AuditLog.append(h, actor, "report.delete", "report", Long.toString(id),
                    AuditJson.of("version", before.version()),
                    AuditJson.of("version", after.version(), "reason", reason.strip(), "victims_deleted", victims));
            return after;
        });
    }

    /**
     * Replaces the report's figures by those {@code claims} finds in its text, keeping every figure a person
     * confirmed or corrected: a new figure over the words of a kept one is that figure, not a second; one
     * over the words of a figure rejected with the same count stays rejected. Persons the text names anew
     * (at words no stored victim of the report holds) are added for review; a stored one whose figure was
     * replaced counts in the new figure found at its words.
     */
    public Reextracted reextract(long id, List<Claim> claims, List<NamedVictim> named, int expectedVersion,
                                 String actor) {
        return jdbi.inTransaction(h -> {
            live(h, id, expectedVersion);
            List<StoredClaim> before = ClaimRows.ofReport(h, id);
            List<StoredClaim> kept = before.stream().filter(c -> ReviewStatus.COUNTED.contains(c.status())).toList();
            Set<String> rejected = new HashSet<>();
            before.stream().filter(c -> c.status() == ReviewStatus.REJECTED)
                    .forEach(c -> rejected.add(spanKey(c.claim().span()) + "/" + c.claim().count()));
            h.createUpdate("DELETE FROM claim WHERE report_id = :id AND status NOT IN (<counted>)")
                    .bind("id", id).bindList("counted", ReviewStatus.countedCodes()).execute();

            int base = kept.stream().mapToInt(StoredClaim::ordinal).max().orElse(-1) + 1;
            Map<Integer, Integer> ordinalOf = new HashMap<>();
            for (int i = 0; i < claims.size(); i++) {
                StoredClaim over = overlapping(kept, claims.get(i).span());
                ordinalOf.put(i, over != null ? over.ordinal() : base + i);
            }
            int added = 0;
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                if (overlapping(kept, c.span()) != null) {
                    continue;
                }
                Claim placed = new Claim(c.outcome(), c.count(), c.qualifier(), c.group(),
                        c.within() == null ? null : ordinalOf.get(c.within()), c.affiliation(), c.cause(), c.perpetrator(),
                        c.place(), c.period(), c.span());
                ReviewStatus status = rejected.contains(spanKey(c.span()) + "/" + c.count())
                        ? ReviewStatus.REJECTED : ReviewStatus.EXTRACTED;
                ClaimRows.insert(h, id, base + i, List.of(placed), status);
                added++;
            }
            Map<Integer, Long> claimIds = new HashMap<>();
            Map<Integer, Long> idOfOrdinal = new HashMap<>();
            ClaimRows.ofReport(h, id).forEach(c -> idOfOrdinal.put(c.ordinal(), c.id()));
            ordinalOf.forEach((index, ordinal) -> claimIds.put(index, idOfOrdinal.get(ordinal)));
            int victimsAdded = renamed(h, id, claims, named, claimIds);

            h.createUpdate("UPDATE report SET version = version + 1 WHERE id = :id").bind("id", id).execute();
            State after = state(h, id).orElseThrow();
            Reextracted done = new Reextracted(after.version(), kept.size(), before.size() - kept.size(), added, victimsAdded);
            AuditLog.append(h, actor, "report.reextract", "report", Long.toString(id),
                    AuditJson.of("version", after.version() - 1, "claims", before.size()),
                    AuditJson.of("version", after.version(), "kept", done.kept(), "removed", done.removed(),
                            "added", done.added(), "victims_added", victimsAdded));
            return done;
        });
    }

    /**
     * Points stored victims that lost their figure at the new figure found at their words, and adds the
     * persons named at words no stored victim holds; returns how many were added.
     */
    private static int renamed(Handle h, long reportId, List<Claim> claims, List<NamedVictim> named,
                               Map<Integer, Long> claimIds) {
        List<long[]> stored = new ArrayList<>();
        h.createQuery("SELECT id, span_start, span_end, claim_id FROM victim WHERE report_id = :r AND span_start IS NOT NULL")
                .bind("r", reportId)
                .map((rs, ctx) -> new long[] {rs.getLong("id"), rs.getLong("span_start"), rs.getLong("span_end"),
                        rs.getObject("claim_id") == null ? -1 : rs.getLong("claim_id")})
                .forEach(stored::add);
        List<NamedVictim> fresh = new ArrayList<>();
        for (NamedVictim v : named) {
            long[] same = stored.stream().filter(s -> s[1] < v.end() && v.start() < s[2]).findFirst().orElse(null);
            if (same == null) {
                fresh.add(v);
            } else if (same[3] < 0 && v.claim() != null && claimIds.get(v.claim()) != null) {
                h.createUpdate("UPDATE victim SET claim_id = :claim WHERE id = :id")
                        .bind("claim", claimIds.get(v.claim())).bind("id", same[0]).execute();
            }
        }
        Long source = h.createQuery("SELECT source_id FROM report WHERE id = :id").bind("id", reportId)
                .mapTo(Long.class).findOne().orElse(null);
        int keys = h.createQuery("SELECT COUNT(*) FROM victim WHERE report_id = :r").bind("r", reportId)
                .mapTo(Integer.class).one();
        ReportVictims.insert(h, reportId, source, claims, fresh, keys + 1, claimIds);
        return fresh.size();
    }

    private static StoredClaim overlapping(List<StoredClaim> kept, Span span) {
        for (StoredClaim c : kept) {
            Span s = c.claim().span();
            if (s.start() < span.end() && span.start() < s.end()) {
                return c;
            }
        }
        return null;
    }

    private static String spanKey(Span s) {
        return s.start() + "-" + s.end();
    }

    /** The report's state, which must exist, not be deleted, and be at the version the editor read. */
    private static State live(Handle h, long id, int expectedVersion) {
        State s = state(h, id).orElseThrow(() -> new NotFound("report", id));
        if (s.deleted()) {
            throw new InputError("report " + id + " is deleted; it cannot be changed", "problem.deleted",
                    new InputError.Word("entity.report"), id);
        }
        if (s.version() != expectedVersion) {
            throw new ConflictException("report", id, s.version(), expectedVersion);
        }
        return s;
    }
}
