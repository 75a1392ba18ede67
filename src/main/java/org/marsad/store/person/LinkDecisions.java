package org.marsad.store.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.marsad.store.Columns;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.person.LinkDecision.Verdict;

/**
 * Verdicts on pairs of victim records. The linker may overwrite its own verdicts (auto, review) on every
 * run; a human verdict (confirmed, rejected) is never overwritten by the linker.
 */
public final class LinkDecisions {
    private final Jdbi jdbi;
    private final Database.Dialect dialect;

    public LinkDecisions(Database db) {
        this.jdbi = db.jdbi();
        this.dialect = db.dialect();
    }

    /** Records the linker's verdict on a pair, unless a human has already decided it. */
    public void propose(LinkDecision d) {
        proposeAll(List.of(d));
    }

    /** Records the linker's verdicts in one transaction; pairs a human has decided keep the human's verdict. */
    public void proposeAll(List<LinkDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> upsert(h, dialect, decisions));
    }

    /**
     * Replaces every verdict of the linker (auto, review) by those of a new run, in one transaction: a
     * pair the new run no longer doubts leaves the queue and the tally's doubt. Human verdicts stay.
     */
    public void replaceProposals(List<LinkDecision> decisions) {
        jdbi.useTransaction(h -> replaceProposals(h, dialect, decisions));
    }

    /** {@link #replaceProposals(List)} inside the caller's transaction. */
    public static void replaceProposals(org.jdbi.v3.core.Handle h, Database.Dialect dialect, List<LinkDecision> decisions) {
        h.createUpdate("DELETE FROM link_decision WHERE decision IN ('auto', 'review')").execute();
        upsert(h, dialect, decisions);
    }

    /** The linker's proposals, the pairs people decided left as they are. */
    private static final String UPSERT_SET = """
            ON CONFLICT (victim_a, victim_b) DO UPDATE SET probability = excluded.probability,
                decision = excluded.decision, decided_by = excluded.decided_by, decided_at = excluded.decided_at,
                linked = excluded.linked, chance = excluded.chance, priority = excluded.priority
            WHERE link_decision.decision IN ('auto', 'review')""";

    private static void upsert(org.jdbi.v3.core.Handle h, Database.Dialect dialect, List<LinkDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        String at = Columns.text(Columns.now());
        if (dialect == Database.Dialect.POSTGRESQL) {
            upsertAsArrays(h, decisions, at);
            return;
        }
        var batch = h.prepareBatch("""
                INSERT INTO link_decision (victim_a, victim_b, probability, decision, decided_by, decided_at, linked, chance, priority)
                VALUES (:a, :b, :p, :verdict, :by, :at, :linked, :chance, :priority)
                """ + UPSERT_SET);
        for (LinkDecision d : decisions) {
            batch.bind("a", d.victimA()).bind("b", d.victimB()).bind("p", d.probability())
                    .bind("verdict", d.verdict().code()).bind("by", d.decidedBy()).bind("at", at)
                    .bind("linked", d.linked().code()).bind("chance", d.chance())
                    .bind("priority", d.priority()).add();
        }
        batch.execute();
    }

    /**
     * PostgreSQL: the whole queue in one statement, its columns sent as arrays, where a batch cost a round
     * trip per pair (70,418 pairs at 100,000 records). Chunks keep each array to a few MB.
     */
    private static void upsertAsArrays(org.jdbi.v3.core.Handle h, List<LinkDecision> decisions, String at) {
        final int chunk = 100_000;
        for (int from = 0; from < decisions.size(); from += chunk) {
            List<LinkDecision> part = decisions.subList(from, Math.min(decisions.size(), from + chunk));
            int n = part.size();
            long[] a = new long[n];
            long[] b = new long[n];
            Double[] p = new Double[n];
            String[] verdict = new String[n];
            String[] by = new String[n];
            String[] linked = new String[n];
            double[] chance = new double[n];
            double[] priority = new double[n];
            for (int i = 0; i < n; i++) {
                LinkDecision d = part.get(i);
                a[i] = d.victimA();
                b[i] = d.victimB();
                p[i] = d.probability();
                verdict[i] = d.verdict().code();
                by[i] = d.decidedBy();
                linked[i] = d.linked().code();
                chance[i] = d.chance();
                priority[i] = d.priority();
            }
            h.createUpdate("""
                    INSERT INTO link_decision (victim_a, victim_b, probability, decision, decided_by, decided_at, linked, chance, priority)
                    SELECT a, b, p, verdict, who, :at, linked, chance, priority
                    FROM unnest(:a, :b, :p, :verdict, :who, :linked, :chance, :priority)
                        AS t(a, b, p, verdict, who, linked, chance, priority)
                    """ + UPSERT_SET)
                    .bind("at", at).bindByType("a", a, long[].class).bindByType("b", b, long[].class)
                    .bindByType("p", p, Double[].class).bindByType("verdict", verdict, String[].class)
                    .bindByType("who", by, String[].class).bindByType("linked", linked, String[].class)
                    .bindByType("chance", chance, double[].class).bindByType("priority", priority, double[].class)
                    .execute();
        }
    }

    /** The verdicts people gave (confirmed, rejected), which linking must obey. */
    public List<LinkDecision> byPeople() {
        return jdbi.withHandle(LinkDecisions::byPeople);
    }

    static List<LinkDecision> byPeople(org.jdbi.v3.core.Handle h) {
        return h.createQuery("SELECT * FROM link_decision WHERE decision IN ('confirmed', 'rejected') ORDER BY id")
                .map(LinkDecisions::map).list();
    }

    /**
     * A person's verdict on any two victim records, proposed by the linker or not: confirmed (the same
     * person) or rejected (different persons), with an optional note saying why. It replaces an earlier
     * verdict on the pair, is refused when it contradicts people's other verdicts ({@link VerdictConflicts}),
     * and goes to the audit trail like any other change to the record.
     */
    public LinkDecision decide(long victimA, long victimB, Verdict verdict, String by, String note) {
        if (verdict != Verdict.CONFIRMED && verdict != Verdict.REJECTED) {
            throw new IllegalArgumentException("a human decides confirmed or rejected, not " + verdict);
        }
        return jdbi.inTransaction(h -> decide(h, victimA, victimB, verdict, by, note));
    }

    /** {@link #decide(long, long, Verdict, String, String)} inside the caller's transaction (a person merge or split). */
    static LinkDecision decide(org.jdbi.v3.core.Handle h, long victimA, long victimB, Verdict verdict, String by,
                               String note) {
        if (victimA == victimB) {
            throw new org.marsad.InputError("a verdict needs two different victim records, not " + victimA + " twice");
        }
        long a = Math.min(victimA, victimB);
        long b = Math.max(victimA, victimB);
        String why = note == null || note.isBlank() ? null : note.strip();
        List<Long> known = h.createQuery("SELECT id FROM victim WHERE id IN (<ids>) AND " + org.marsad.store.victim.VictimImports.settled("")).bindList("ids", a, b)
                .mapTo(Long.class).list();
        for (long id : new long[] {a, b}) {
            if (!known.contains(id)) {
                throw new org.marsad.InputError("no victim record " + id);
            }
        }
        List<LinkDecision> others = byPeople(h).stream()
                .filter(d -> d.victimA() != a || d.victimB() != b).toList();
        String conflict = new VerdictConflicts(others).conflict(a, b, verdict);
        if (conflict != null) {
            throw new org.marsad.InputError(conflict);
        }
        Optional<LinkDecision> before = find(h, a, b);
        String at = Columns.text(Columns.now());
        if (before.isPresent()) {
            h.createUpdate("""
                            UPDATE link_decision SET decision = :verdict, decided_by = :by, decided_at = :at, note = :note
                            WHERE victim_a = :a AND victim_b = :b""")
                    .bind("verdict", verdict.code()).bind("by", by).bind("at", at).bind("note", why)
                    .bind("a", a).bind("b", b).execute();
        } else {
            h.createUpdate("""
                            INSERT INTO link_decision (victim_a, victim_b, probability, decision, decided_by, decided_at, note)
                            VALUES (:a, :b, NULL, :verdict, :by, :at, :note)""")
                    .bind("a", a).bind("b", b).bind("verdict", verdict.code()).bind("by", by).bind("at", at)
                    .bind("note", why).execute();
        }
        AuditLog.append(h, by, "link.decide", "link_decision", a + "-" + b,
                before.map(d -> AuditJson.of("decision", d.verdict().code(), "probability", d.probability(),
                        "note", d.note())).orElse(null),
                AuditJson.of("decision", verdict.code(), "probability", before.map(LinkDecision::probability).orElse(null),
                        "note", why));
        return find(h, a, b).orElseThrow();
    }

    /** A person's verdict without a note; see {@link #decide(long, long, Verdict, String, String)}. */
    public LinkDecision decide(long victimA, long victimB, Verdict verdict, String by) {
        return decide(victimA, victimB, verdict, by, null);
    }

    public Optional<LinkDecision> find(long victimA, long victimB) {
        return jdbi.withHandle(h -> find(h, Math.min(victimA, victimB), Math.max(victimA, victimB)));
    }

    private static Optional<LinkDecision> find(org.jdbi.v3.core.Handle h, long a, long b) {
        return h.createQuery("SELECT * FROM link_decision WHERE victim_a = :a AND victim_b = :b")
                .bind("a", a).bind("b", b).map(LinkDecisions::map).findOne();
    }

    /**
     * Pairs waiting for a human, those whose verdict is expected to change the count most first (the
     * priority the linker stored, link.ReviewPriority), then the most doubtful (probability nearest one half).
     */
    public List<LinkDecision> reviewQueue() {
        return reviewQueue(Integer.MAX_VALUE);
    }

    /** The first {@code limit} pairs of {@link #reviewQueue()}. */
    public List<LinkDecision> reviewQueue(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM link_decision WHERE decision = 'review' "
                        + "AND NOT EXISTS (SELECT 1 FROM victim v WHERE v.id IN (victim_a, victim_b) AND v.deleted_at IS NOT NULL) "
                        + "ORDER BY priority DESC, ABS(probability - 0.5), id LIMIT :limit")
                .bind("limit", limit).map(LinkDecisions::map).list());
    }

    private static LinkDecision map(ResultSet rs, StatementContext ctx) throws SQLException {
        double probability = rs.getDouble("probability");
        Double scored = rs.wasNull() ? null : probability;
        double chance = rs.getDouble("chance");
        if (rs.wasNull()) {
            chance = scored == null ? 0 : scored;
        }
        return new LinkDecision(rs.getLong("id"), rs.getLong("victim_a"), rs.getLong("victim_b"), scored,
                Verdict.ofCode(rs.getString("decision")), rs.getString("decided_by"), Columns.instant(rs, "decided_at"),
                LinkDecision.Placement.ofCode(rs.getString("linked")), chance, rs.getDouble("priority"),
                rs.getString("note"));
    }
}
