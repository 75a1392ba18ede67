package org.marsad.store.victim;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.marsad.store.Columns;
import org.marsad.store.Database;
import org.marsad.store.MultiRowInsert;

/** Victim records of named lists, and the persons that linkage groups them into. */
public final class Victims {
    private final Jdbi jdbi;
    private final Database.Dialect dialect;
    private final LiveRecords live;

    public Victims(Database db) {
        this.jdbi = db.jdbi();
        this.dialect = db.dialect();
        this.live = new LiveRecords(jdbi);
    }

    /** What an import did. */
    public record ImportResult(int added, int unchanged) {
    }

    /**
     * Stores a source's records in one transaction. A record whose (source, record key) is already stored
     * is left alone, so importing the same list twice changes nothing.
     */
    public ImportResult addAll(List<Victim> records) {
        return jdbi.inTransaction(h -> addAll(h, records));
    }

    /** {@link #addAll(List)} inside the caller's transaction; the records are keyed for search later ({@link NameIndex}). */
    public static ImportResult addAll(Handle h, List<Victim> records) {
        int added = Math.toIntExact(UNKEYED.write(h, records.size(), (s, first, row) -> bind(s, first, records.get(row), 0)));
        return new ImportResult(added, records.size() - added);
    }

    /**
     * {@link #addAll(Handle, List)} with the name keys of the records added ({@code keysOf}, the name code's
     * {@code indexKeys}) written in the same statements' transaction, so a search right after finds them.
     */
    public static ImportResult addAll(Handle h, List<Victim> records, Function<String, Set<String>> keysOf) {
        List<NameKeys.Named> added = new ArrayList<>(records.size());
        KEYED.write(h, records.size(), (s, first, row) -> bind(s, first, records.get(row), 1),
                rs -> added.add(new NameKeys.Named(rs.getLong(1), rs.getString(2))));
        NameKeys.add(h, added, keysOf);
        return new ImportResult(added.size(), records.size() - added.size());
    }

    /**
     * {@link #addAll(Handle, List, Function)} for the import {@code importId}: the records count for nothing
     * until it is committed ({@link VictimImports}).
     */
    static ImportResult addAll(Handle h, List<Victim> records, Function<String, Set<String>> keysOf, long importId) {
        List<NameKeys.Named> added = new ArrayList<>(records.size());
        int last = COLUMNS.size() + 1;
        IMPORTED.write(h, records.size(), (s, first, row) -> {
                    bind(s, first, records.get(row), 1);
                    s.setLong(first + last - 1, importId);
                },
                rs -> added.add(new NameKeys.Named(rs.getLong(1), rs.getString(2))));
        NameKeys.add(h, added, keysOf);
        return new ImportResult(added.size(), records.size() - added.size());
    }

    private static final List<String> COLUMNS = List.of("source_id", "record_key", "full_name", "given_name",
            "father_name", "grandfather_name", "family_name", "sex", "age", "age_group", "status", "affiliation",
            "died_on", "place_text", "place_pcode", "cause", "perpetrator", "incident_id", "person_id", "name_keyed");
    /** A record already stored (same source, same record key) is left alone: importing a list twice changes nothing. */
    private static final String KEEP_STORED = "ON CONFLICT (source_id, record_key) DO NOTHING";
    private static final MultiRowInsert UNKEYED = new MultiRowInsert("victim", COLUMNS, KEEP_STORED);
    private static final MultiRowInsert KEYED = new MultiRowInsert("victim", COLUMNS, KEEP_STORED + " RETURNING id, full_name");
    private static final MultiRowInsert IMPORTED = new MultiRowInsert("victim",
            java.util.stream.Stream.concat(COLUMNS.stream(), java.util.stream.Stream.of("import_id")).toList(),
            KEEP_STORED + " RETURNING id, full_name");

    private static void bind(PreparedStatement s, int first, Victim v, int keyed) throws SQLException {
        int i = first;
        s.setLong(i++, v.sourceId());
        s.setString(i++, v.recordKey());
        s.setString(i++, v.fullName());
        text(s, i++, v.givenName());
        text(s, i++, v.fatherName());
        text(s, i++, v.grandfatherName());
        text(s, i++, v.familyName());
        text(s, i++, v.sex() == null ? null : v.sex().toString());
        if (v.age() == null) {
            s.setNull(i++, Types.INTEGER);
        } else {
            s.setInt(i++, v.age());
        }
        text(s, i++, v.ageGroup());
        text(s, i++, v.status());
        text(s, i++, v.affiliation());
        text(s, i++, Columns.text(v.diedOn()));
        text(s, i++, v.placeText());
        text(s, i++, v.placePcode());
        text(s, i++, v.cause());
        text(s, i++, v.perpetrator());
        id(s, i++, v.incidentId());
        id(s, i++, v.personId());
        s.setInt(i, keyed);
    }

    private static void text(PreparedStatement s, int i, String value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, value);
        }
    }

    private static void id(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    public Optional<Victim> find(long sourceId, String recordKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM victim WHERE source_id = :s AND record_key = :k")
                .bind("s", sourceId).bind("k", recordKey).map(Victims::map).findOne());
    }

    public Optional<Victim> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM victim WHERE id = :id AND " + VictimImports.settled(""))
                .bind("id", id).map(Victims::map).findOne());
    }

    /** The records attached to an incident (named victims inside its figure), deleted ones left out. */
    public List<Victim> ofIncident(long incidentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM victim WHERE incident_id = :i AND deleted_at IS NULL ORDER BY id")
                .bind("i", incidentId).map(Victims::map).list());
    }

    /** The records linked into one person, each as its source gave it. */
    public List<Victim> ofPerson(long personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM victim WHERE person_id = :p AND deleted_at IS NULL ORDER BY source_id, id")
                .bind("p", personId).map(Victims::map).list());
    }

    /**
     * Records whose name contains every word of {@code query}, after folding the spellings of Arabic
     * letters that writers interchange (see {@link ArabicFold}); at most {@code limit}, in id order.
     * It reads every name (a scan: 1M names take seconds); the web app searches through {@link NameIndex}.
     */
    public List<Victim> search(String query, int limit) {
        return search(containsWords(query), limit);
    }

    /** Whether a name contains every word of {@code query}, both folded as {@link #search(String, int)} folds them. */
    private static java.util.function.Predicate<String> containsWords(String query) {
        String[] words = ArabicFold.fold(query).split(" ");
        return name -> {
            String folded = ArabicFold.fold(name);
            return java.util.Arrays.stream(words).allMatch(folded::contains);
        };
    }

    /** Records whose name (as written) passes {@code nameMatches}; at most {@code limit}, in id order. */
    public List<Victim> search(java.util.function.Predicate<String> nameMatches, int limit) {
        return jdbi.withHandle(h -> {
            List<Long> ids = new java.util.ArrayList<>();
            try (var names = h.createQuery("SELECT id, full_name FROM victim WHERE deleted_at IS NULL AND " + VictimImports.settled("") + " ORDER BY id")
                    .map((rs, ctx) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).stream()) {
                names.filter(e -> nameMatches.test(e.getValue())).limit(limit).forEach(e -> ids.add(e.getKey()));
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            return h.createQuery("SELECT * FROM victim WHERE id IN (<ids>) ORDER BY id")
                    .bindList("ids", ids).map(Victims::map).list();
        });
    }

    /**
     * One page of live records in number order, {@code offset} records on: near pages step over the records
     * before them, deep ones start from the nearest thousandth record ({@link LiveRecords}), so page 25,000
     * of a million costs what page 1 costs.
     */
    public List<Victim> page(int offset, int limit) {
        LiveRecords.Start start = live.start(offset);
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM victim WHERE deleted_at IS NULL AND " + VictimImports.settled("") + " AND id >= :from "
                        + "ORDER BY id LIMIT :limit OFFSET :skip")
                .bind("from", start.fromId()).bind("limit", limit).bind("skip", start.skip()).map(Victims::map).list());
    }

    /** Live records numbered after {@code id}, at most {@code limit}, in number order: the next page, at any depth. */
    public List<Victim> after(long id, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM victim WHERE deleted_at IS NULL AND " + VictimImports.settled("") + " AND id > :id ORDER BY id LIMIT :limit")
                .bind("id", id).bind("limit", limit).map(Victims::map).list());
    }

    /** Live records numbered before {@code id}, at most {@code limit}, the closest ones, in number order: the previous page. */
    public List<Victim> before(long id, int limit) {
        List<Victim> found = new java.util.ArrayList<>(jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM victim WHERE deleted_at IS NULL AND " + VictimImports.settled("") + " AND id < :id ORDER BY id DESC LIMIT :limit")
                .bind("id", id).bind("limit", limit).map(Victims::map).list()));
        java.util.Collections.reverse(found);
        return found;
    }

    /** Live records: kept up to date from a fingerprint read in milliseconds rather than counted on each call. */
    public int count() {
        return live.count();
    }

    public List<Victim> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM victim WHERE deleted_at IS NULL AND " + VictimImports.settled("") + " ORDER BY id").map(Victims::map).list());
    }

    /** The records of the register ({@link Register}), in id order: the records that are linked and counted. */
    public List<Victim> register() {
        return jdbi.withHandle(h -> Register.bind(h.createQuery("SELECT * FROM victim v WHERE " + Register.DEAD
                + " ORDER BY id")).map(Victims::map).list());
    }

    /** Replaces the person of every record by the clusters given (lists of victim ids), in one transaction. */
    public void assignPersons(List<List<Long>> clusters) {
        jdbi.useTransaction(h -> assignPersons(h, dialect, clusters));
    }

    /**
     * {@link #assignPersons(List)} inside the caller's transaction, set-based: the persons' ids are taken
     * from the table's sequence at once and written with their records in a few statements, not one
     * {@code INSERT … RETURNING} and one batch per person (140,000 round trips for 100,000 records made
     * {@code link} on PostgreSQL 3× slower than on the file, issue 16). Ids stay new on every run, so a
     * person's old address never names another person.
     */
    public static void assignPersons(Handle h, Database.Dialect dialect, List<List<Long>> clusters) {
        h.createUpdate("UPDATE victim SET person_id = NULL").execute();
        h.createUpdate("DELETE FROM person").execute();
        if (clusters.isEmpty()) {
            return;
        }
        long[] personIds = PersonIds.take(h, dialect, clusters.size());
        int records = clusters.stream().mapToInt(List::size).sum();
        long[] victimIds = new long[records];
        long[] personOf = new long[records];
        int n = 0;
        for (int i = 0; i < clusters.size(); i++) {
            for (long id : clusters.get(i)) {
                victimIds[n] = id;
                personOf[n++] = personIds[i];
            }
        }
        String at = Columns.text(Columns.now());
        if (dialect == Database.Dialect.POSTGRESQL) {
            // one statement each, the ids sent as arrays: no round trip per person or record
            h.createUpdate("INSERT INTO person (id, created_at) SELECT id, :at FROM unnest(:ids) AS t(id)")
                    .bind("at", at).bindByType("ids", personIds, long[].class).execute();
            h.createUpdate("UPDATE victim SET person_id = t.person FROM unnest(:ids, :persons) AS t(id, person) "
                            + "WHERE victim.id = t.id")
                    .bindByType("ids", victimIds, long[].class).bindByType("persons", personOf, long[].class).execute();
            return;
        }
        // SQLite runs in this process: a prepared batch costs no round trips
        var insert = h.prepareBatch("INSERT INTO person (id, created_at) VALUES (:id, :at)");
        for (long id : personIds) {
            insert.bind("id", id).bind("at", at).add();
        }
        insert.execute();
        var update = h.prepareBatch("UPDATE victim SET person_id = :person WHERE id = :id");
        for (int i = 0; i < records; i++) {
            update.bind("person", personOf[i]).bind("id", victimIds[i]).add();
        }
        update.execute();
    }

    public int personCount() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM person").mapTo(Integer.class).one());
    }

    public static Victim map(ResultSet rs, StatementContext ctx) throws SQLException {
        String sex = rs.getString("sex");
        return new Victim(rs.getLong("id"), rs.getLong("source_id"), rs.getString("record_key"),
                rs.getString("full_name"), rs.getString("given_name"), rs.getString("father_name"),
                rs.getString("grandfather_name"), rs.getString("family_name"),
                sex == null ? null : sex.charAt(0), Columns.intOrNull(rs, "age"), rs.getString("age_group"),
                rs.getString("status"), rs.getString("affiliation"), Columns.date(rs, "died_on"),
                rs.getString("place_text"), rs.getString("place_pcode"), rs.getString("cause"),
                rs.getString("perpetrator"), Columns.longOrNull(rs, "incident_id"), Columns.longOrNull(rs, "person_id"));
    }
}
