package org.marsad.link;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.BulkWrites;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.person.LinkDecision.Verdict;
import org.marsad.store.person.LinkDecision;
import org.marsad.store.person.LinkDecisions;
import org.marsad.store.report.ReportVictims;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * Links the victims of the database: stores who is one person, and queues the doubtful pairs for a person
 * to confirm or reject. What people decided is obeyed on every run: their verdicts are kept, and linking
 * follows them.
 */
public final class DatabaseLinking {
    /**
     * Pairs at least this probable, but below {@link #SURE}, go to the review queue, as does any pair
     * under {@link #SURE} that alone holds a person together ({@link Linkage#doubtfulPairs}).
     */
    public static final double DOUBTFUL = 0.1;
    /** Pairs at least this probable are linked without asking. */
    public static final double SURE = 0.9;

    /** What a run did: records, persons, pairs queued for review, and people's verdicts obeyed. */
    public record Result(int records, int persons, int review, int verdicts) {
    }

    private final Database db;

    public DatabaseLinking(Database db) {
        this.db = db;
    }

    /**
     * Links the records of the register ({@link org.marsad.store.victim.Register}: a person a report names once an
     * editor confirmed them, never while extracted or once rejected) and audits the run as {@code actor};
     * {@code explain}, when not null, receives the learned weights.
     */
    public Result run(PrintStream explain, String actor) {
        List<Victim> victims = new Victims(db).register();
        Map<Long, String> sources = new Sources(db).names();
        Map<Long, Long> reports = new ReportVictims(db).reportOfRecord();
        Map<Long, Integer> index = new HashMap<>();
        List<VictimRecord> records = new ArrayList<>(victims.size());
        for (Victim v : victims) {
            index.put(v.id(), records.size());
            // A list names a person once, so two records of one list are seldom one person (ListComparator).
            // Each report is such a list (its reader merges a person named twice); a source's reports, and
            // a report and the source's own list, name the same dead again and again: they are other lists.
            Long report = reports.get(v.id());
            String list = report == null ? sources.get(v.sourceId()) : sources.get(v.sourceId()) + " · report " + report;
            records.add(new VictimRecord(Long.toString(v.id()), v.fullName(), list,
                    v.sex() == null ? null : v.sex() == 'F' ? Sex.FEMALE : Sex.MALE, v.age(), v.diedOn(),
                    v.placePcode() != null ? v.placePcode() : v.placeText(),
                    v.status() == null ? null : "fighter".equals(v.status()) ? Status.FIGHTER : Status.CIVILIAN));
        }
        LinkDecisions decided = new LinkDecisions(db);
        Decisions decisions = Decisions.none();
        int obeyed = 0;
        for (LinkDecision d : decided.byPeople()) {
            Integer a = index.get(d.victimA());
            Integer b = index.get(d.victimB());
            if (a != null && b != null) {
                obeyed++;
                if (d.verdict() == Verdict.CONFIRMED) {
                    decisions.confirmSame(a, b);
                } else {
                    decisions.confirmDifferent(a, b);
                }
            }
        }
        Linkage linkage = Linker.link(records, decisions);
        if (explain != null) {
            explain.println(linkage.explain());
        }
        Map<String, List<Long>> clusters = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            clusters.computeIfAbsent(linkage.personOf(i), k -> new ArrayList<>()).add(victims.get(i).id());
        }
        List<LinkDecision> review = new ArrayList<>();
        for (ReviewQueue.Entry e : ReviewQueue.byPriority(linkage, DOUBTFUL, SURE, decisions)) {
            long a = victims.get(e.pair().first()).id();
            long b = victims.get(e.pair().second()).id();
            review.add(new LinkDecision(null, Math.min(a, b), Math.max(a, b), e.pair().probability(), Verdict.REVIEW,
                    "linker", null, e.pair().linked(), e.chance(), e.priority()));
        }
        Result result = new Result(records.size(), clusters.size(), review.size(), obeyed);
        // Persons, review queue and audit entry commit together: a run killed between persons and queue
        // left 70,418 pairs unqueued until the next run (issue 16).
        // a bulk write: on SQLite, one statement a person and a pair journalled their pages a statement each
        BulkWrites.inTransaction(db, h -> {
            Victims.assignPersons(h, db.dialect(), new ArrayList<>(clusters.values()));
            LinkDecisions.replaceProposals(h, db.dialect(), review);
            AuditLog.append(h, actor, "link.run", "person", null, null,
                    AuditJson.of("doubtful_from", DOUBTFUL, "sure_from", SURE, "records", result.records(),
                            "persons", result.persons(), "review", result.review(), "verdicts_applied", result.verdicts()));
            return null;
        });
        return result;
    }
}
