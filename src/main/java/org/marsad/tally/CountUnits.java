package org.marsad.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.store.Database;
import org.marsad.store.incident.Grade;
import org.marsad.store.victim.Register;

/**
 * Turns what the store holds into count units by the rules of this package: persons once, incidents by
 * their largest account with their named persons inside, reported figures left out.
 */
final class CountUnits {
    /** Units that count under the grade filter, and units of single-source incidents shown as provisional. */
    record Units(List<CountUnit> counted, List<CountUnit> provisional) {
    }

    private record IncidentRow(long id, java.time.LocalDate date, String pcode, String cause, String perpetrator,
                               Grade grade) {
    }

    private CountUnits() {
    }

    static Units load(Database db, Set<Grade> grades) {
        return db.jdbi().inTransaction(h -> {
            Map<Long, IncidentRow> incidents = incidents(h);
            Map<Long, IncidentFigures[]> figures = new HashMap<>();
            incidents.keySet().forEach(id -> figures.put(id, new IncidentFigures[] {new IncidentFigures(), new IncidentFigures()}));
            recordedFigures(h, figures);
            confirmedClaims(h, figures);
            Map<Long, Set<String>> incidentSources = incidentSources(h);
            Map<Long, LinkDoubt> doubts = LinkDoubts.load(h);

            Units units = new Units(new ArrayList<>(), new ArrayList<>());
            // The named persons of an incident are one account per group, their number: accounts of one group
            // are never summed (IncidentFigures), so each person given as an account of its own counted 1.
            Map<Long, Map<Group, Long>> named = new HashMap<>();
            for (PersonRecord person : persons(h, db.dialect())) {
                IncidentRow incident = person.incidentId() == null ? null : incidents.get(person.incidentId());
                if (incident != null && grades.contains(incident.grade())) {
                    Map<Group, Long> byGroup = named.computeIfAbsent(incident.id(), k -> new java.util.EnumMap<>(Group.class));
                    for (Group g : person.groups()) {
                        byGroup.merge(g, 1L, Long::sum);
                    }
                    incidentSources.computeIfAbsent(incident.id(), k -> new HashSet<>()).addAll(person.sources());
                } else {
                    units.counted().add(new CountUnit(person.diedOn(), person.pcode(), Outcome.KILLED,
                            ONE_OF.computeIfAbsent(person.groups(), CountUnits::oneOf), person.cause(),
                            person.perpetrator(), person.status(), person.affiliation(), null, person.sources(), null,
                            doubts.getOrDefault(person.key(), LinkDoubt.NONE)));
                }
            }
            named.forEach((incident, byGroup) -> byGroup.forEach((g, n) ->
                    figures.get(incident)[Outcome.KILLED.ordinal()].account(g, Range.exactly(n, n))));
            for (IncidentRow i : incidents.values()) {
                boolean counted = grades.contains(i.grade());
                if (!counted && i.grade() != Grade.WEAK) {
                    continue;
                }
                List<CountUnit> target = counted ? units.counted() : units.provisional();
                for (Outcome o : Outcome.values()) {
                    Map<Group, Range> settled = figures.get(i.id())[o.ordinal()].settle();
                    if (settled.isEmpty()) {
                        continue;
                    }
                    Range[] byGroup = new Range[Group.values().length];
                    settled.forEach((g, range) -> byGroup[g.ordinal()] = range);
                    target.add(new CountUnit(i.date(), i.pcode(), o, byGroup, i.cause(), i.perpetrator(), null, null,
                            i.grade(), incidentSources.getOrDefault(i.id(), Set.of()), i.id(), LinkDoubt.NONE));
                }
            }
            return units;
        });
    }

    /** The figures of one person: one in each of their groups. Persons share a few patterns, made once. */
    private static final Map<List<Group>, Range[]> ONE_OF = new java.util.concurrent.ConcurrentHashMap<>();

    private static Range[] oneOf(List<Group> groups) {
        Range[] byGroup = new Range[Group.values().length];
        groups.forEach(g -> byGroup[g.ordinal()] = Range.exactly(1, 1));
        return byGroup;
    }

    private static Map<Long, IncidentRow> incidents(Handle h) {
        Map<Long, IncidentRow> rows = new LinkedHashMap<>();
        h.createQuery("SELECT id, occurred_from, occurred_to, place_pcode, cause, perpetrator, grade FROM incident "
                        + "WHERE deleted_at IS NULL ORDER BY id")
                .map((rs, ctx) -> {
                    String from = rs.getString("occurred_from");
                    String date = from != null ? from : rs.getString("occurred_to");
                    return new IncidentRow(rs.getLong("id"), date == null ? null : java.time.LocalDate.parse(date),
                            rs.getString("place_pcode"), rs.getString("cause"), rs.getString("perpetrator"),
                            Grade.valueOf(rs.getString("grade").toUpperCase(Locale.ROOT)));
                })
                .forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    /** One account of an incident's figure: a recorded range or the largest confirmed claim. */
    private record Account(long incident, Outcome outcome, Group group, Range range) {
        /** Adds the account to its incident's figures; an incident deleted (or merged away) has none. */
        void into(Map<Long, IncidentFigures[]> figures) {
            IncidentFigures[] of = figures.get(incident);
            if (of != null) {
                of[outcome.ordinal()].account(group, range);
            }
        }
    }

    private static void recordedFigures(Handle h, Map<Long, IncidentFigures[]> figures) {
        h.createQuery("SELECT incident_id, group_code, outcome, low, best, high FROM incident_figure")
                .map((rs, ctx) -> new Account(rs.getLong("incident_id"), outcome(rs.getString("outcome")),
                        group(rs.getString("group_code")),
                        new Range(rs.getLong("low"), rs.getLong("best"), rs.getLong("high"), 0)))
                .forEach(a -> a.into(figures));
    }

    /** The largest confirmed (or corrected) claim of each group and outcome attached to an incident. */
    private static void confirmedClaims(Handle h, Map<Long, IncidentFigures[]> figures) {
        h.createQuery("SELECT incident_id, group_code, outcome, MAX(count) AS largest FROM claim "
                        + "WHERE incident_id IS NOT NULL AND status IN ('confirmed', 'edited') "
                        + "GROUP BY incident_id, group_code, outcome")
                .map((rs, ctx) -> new Account(rs.getLong("incident_id"), outcome(rs.getString("outcome")),
                        group(rs.getString("group_code")), Range.exactly(rs.getLong("largest"), 0)))
                .forEach(a -> a.into(figures));
    }

    private static Map<Long, Set<String>> incidentSources(Handle h) {
        Map<Long, Set<String>> sources = new HashMap<>();
        h.createQuery("SELECT DISTINCT c.incident_id, s.name FROM claim c JOIN report r ON r.id = c.report_id "
                        + "JOIN source s ON s.id = r.source_id WHERE c.incident_id IS NOT NULL "
                        + "AND c.status IN ('confirmed', 'edited')")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> sources.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return sources;
    }

    /**
     * The register's victim records ({@link Register}: a person a report names counts once an editor has
     * confirmed them) merged into persons by the rules of {@link PersonRecord}: linked records by their
     * person, each record not yet linked as its own person. A record counted by a figure of a report lies
     * in the incident that figure is attached to.
     */
    private static List<PersonRecord> persons(Handle h, Database.Dialect dialect) {
        Map<Long, String> sourceNames = new HashMap<>();
        h.createQuery("SELECT id, name FROM source").map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> sourceNames.put(e.getKey(), e.getValue()));
        Map<String, Set<String>> sourceSets = new HashMap<>();
        String merged = "MIN(died_on) AS died_on, MAX(place_pcode) AS place_pcode, "
                + "CASE WHEN MIN(sex) = MAX(sex) THEN MIN(sex) END AS sex, "
                + "MAX(CASE WHEN age < " + PersonRecord.ADULT_AGE + " OR (age IS NULL AND age_group = 'child') "
                + "THEN 1 ELSE 0 END) AS child, "
                + "MAX(CASE WHEN age >= " + PersonRecord.ADULT_AGE + " OR age_group IN ('adult', 'elderly') "
                + "THEN 1 ELSE 0 END) AS adult, "
                + "MIN(status) AS status, MIN(affiliation) AS affiliation, MIN(cause) AS cause, "
                + "MIN(perpetrator) AS perpetrator, MIN(" + Register.INCIDENT + ") AS incident_id, "
                + "MIN(COALESCE(person_id, -id)) AS person_key, "
                + dialect.distinctList("source_id") + " AS sources FROM victim v WHERE " + Register.DEAD;
        List<PersonRecord> persons = new ArrayList<>();
        for (String sql : List.of("SELECT " + merged + " AND person_id IS NOT NULL GROUP BY person_id",
                "SELECT " + merged + " AND person_id IS NULL GROUP BY id")) {
            Register.bind(h.createQuery(sql)).map((rs, ctx) -> {
                String died = rs.getString("died_on");
                String sex = rs.getString("sex");
                long incident = rs.getLong("incident_id");
                Long incidentOrNull = rs.wasNull() ? null : incident;
                Set<String> sources = sourceSets.computeIfAbsent(rs.getString("sources"), ids -> java.util.Arrays
                        .stream(ids.split(",")).map(id -> sourceNames.get(Long.parseLong(id.trim())))
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
                return new PersonRecord(died == null ? null : java.time.LocalDate.parse(died), rs.getString("place_pcode"),
                        sex == null ? null : sex.charAt(0), rs.getInt("child") == 1, rs.getInt("adult") == 1,
                        rs.getString("status"), rs.getString("affiliation"), rs.getString("cause"),
                        rs.getString("perpetrator"), incidentOrNull, sources, rs.getLong("person_key"));
            }).forEach(persons::add);
        }
        return persons;
    }

    private static Group group(String code) {
        return Group.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static Outcome outcome(String code) {
        return Outcome.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
