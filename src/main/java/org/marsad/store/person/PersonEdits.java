package org.marsad.store.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;
import org.marsad.store.Columns;
import org.marsad.store.Database;
import org.marsad.store.NotFound;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.person.LinkDecision.Verdict;
import org.marsad.store.victim.StoredVictim;
import org.marsad.store.victim.VictimEdits;

/**
 * A person's own merges and splits of linked persons. Both are stored as link verdicts, so that every
 * later {@code link} obeys them: a merge is "same person" between one record of each person, a split
 * "different persons" between every record that leaves and every record that stays (a "same person"
 * verdict across the cut is turned into "different persons" first). The records are regrouped at once,
 * so the tally follows without waiting for the next {@code link}; each is audited.
 */
public final class PersonEdits {
    /** What a merge or split left: the person that holds the records asked about, and those records. */
    public record Regrouped(long person, List<Long> records) {
    }

    private final Jdbi jdbi;

    public PersonEdits(Database db) {
        this.jdbi = db.jdbi();
    }

    /** Merges the persons given by their ids into one. */
    public Regrouped mergePersons(List<Long> personIds, String actor, String note) {
        return jdbi.inTransaction(h -> {
            List<Long> records = new ArrayList<>();
            for (long p : new LinkedHashSet<>(personIds)) {
                records.add(h.createQuery("SELECT MIN(id) FROM victim WHERE person_id = :p AND deleted_at IS NULL")
                        .bind("p", p).mapTo(Long.class).findOne().orElseThrow(() -> new NotFound("person", p)));
            }
            return merge(h, records, actor, note);
        });
    }

    /** Merges the persons of the records given (a record not linked yet is a person of its own) into one. */
    public Regrouped mergeRecords(List<Long> victimIds, String actor, String note) {
        return jdbi.inTransaction(h -> merge(h, new ArrayList<>(new LinkedHashSet<>(victimIds)), actor, note));
    }

    private static Regrouped merge(Handle h, List<Long> records, String actor, String note) {
        if (records.size() < 2) {
            throw new InputError("a merge needs two persons or records at least");
        }
        Map<Long, List<Long>> before = new LinkedHashMap<>();
        Set<Long> persons = new LinkedHashSet<>();
        List<Long> all = new ArrayList<>();
        for (long r : records) {
            StoredVictim v = live(h, r);
            List<Long> group = v.victim().personId() == null ? List.of(r) : recordsOf(h, v.victim().personId());
            before.put(v.victim().personId() == null ? -r : v.victim().personId(), group);
            if (v.victim().personId() != null) {
                persons.add(v.victim().personId());
            }
            group.stream().filter(id -> !all.contains(id)).forEach(all::add);
        }
        for (int i = 1; i < records.size(); i++) {
            LinkDecisions.decide(h, records.get(0), records.get(i), Verdict.CONFIRMED, actor, note);
        }
        // The persons merge whole: a "different persons" verdict between any of their records stands in the way.
        for (LinkDecision d : LinkDecisions.byPeople(h)) {
            if (d.verdict() == Verdict.REJECTED && all.contains(d.victimA()) && all.contains(d.victimB())) {
                throw new InputError("a verdict calls victims " + d.victimA() + " and " + d.victimB()
                        + " different persons; merging would make them one: change that verdict first");
            }
        }
        long target = persons.isEmpty() ? newPerson(h) : persons.iterator().next();
        regroup(h, target, all);
        persons.stream().filter(p -> p != target).forEach(p ->
                h.createUpdate("DELETE FROM person WHERE id = :p").bind("p", p).execute());
        AuditLog.append(h, actor, "person.merge", "person", Long.toString(target), AuditJson.of("persons", before),
                AuditJson.of("person", target, "records", all, "note", note));
        return new Regrouped(target, all);
    }

    /** Splits the records {@code leaving} out of person {@code personId} into a person of their own. */
    public Regrouped split(long personId, List<Long> leaving, String actor, String note) {
        return jdbi.inTransaction(h -> {
            List<Long> records = recordsOf(h, personId);
            if (records.isEmpty()) {
                throw new NotFound("person", personId);
            }
            Set<Long> out = new LinkedHashSet<>(leaving);
            if (out.isEmpty() || !records.containsAll(out) || out.size() == records.size()) {
                throw new InputError("records: choose some of person " + personId + "'s records " + records
                        + " to split off, not none, all or others");
            }
            List<Long> staying = records.stream().filter(r -> !out.contains(r)).toList();
            undoSameAcross(h, out, staying, actor);
            for (long a : out) {
                for (long b : staying) {
                    LinkDecisions.decide(h, a, b, Verdict.REJECTED, actor, note);
                }
            }
            long person = newPerson(h);
            List<Long> moved = List.copyOf(out);
            regroup(h, person, moved);
            AuditLog.append(h, actor, "person.split", "person", Long.toString(personId),
                    AuditJson.of("person", personId, "records", records),
                    AuditJson.of("person", personId, "records", staying, "new_person", person, "moved", moved,
                            "note", note));
            return new Regrouped(person, moved);
        });
    }

    /** "Same person" verdicts between the two sides of a split are the ones the split overrules. */
    private static void undoSameAcross(Handle h, Set<Long> out, List<Long> staying, String actor) {
        for (LinkDecision d : LinkDecisions.byPeople(h)) {
            boolean across = out.contains(d.victimA()) && staying.contains(d.victimB())
                    || out.contains(d.victimB()) && staying.contains(d.victimA());
            if (across && d.verdict() == Verdict.CONFIRMED) {
                h.createUpdate("UPDATE link_decision SET decision = 'rejected', decided_by = :by, decided_at = :at "
                                + "WHERE id = :id")
                        .bind("by", actor).bind("at", Columns.text(Columns.now())).bind("id", d.id()).execute();
                AuditLog.append(h, actor, "link.decide", "link_decision", d.victimA() + "-" + d.victimB(),
                        AuditJson.of("decision", "confirmed"), AuditJson.of("decision", "rejected", "note", "split"));
            }
        }
    }

    private static void regroup(Handle h, long person, List<Long> records) {
        h.createUpdate("UPDATE victim SET person_id = :p WHERE id IN (<ids>)").bind("p", person)
                .bindList("ids", records).execute();
    }

    private static List<Long> recordsOf(Handle h, long personId) {
        return h.createQuery("SELECT id FROM victim WHERE person_id = :p AND deleted_at IS NULL ORDER BY id")
                .bind("p", personId).mapTo(Long.class).list();
    }

    private static StoredVictim live(Handle h, long id) {
        StoredVictim v = VictimEdits.find(h, id).orElseThrow(() -> new NotFound("victim", id));
        if (v.deleted() != null) {
            throw new InputError("victim " + id + " is deleted");
        }
        return v;
    }

    private static long newPerson(Handle h) {
        return h.createQuery("INSERT INTO person (created_at) VALUES (:at) RETURNING id")
                .bind("at", Columns.text(Columns.now())).mapTo(Long.class).one();
    }
}
