package org.marsad.report.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.Query;
import org.marsad.extract.Group;
import org.marsad.store.Database;
import org.marsad.store.incident.Grade;
import org.marsad.store.place.Places;
import org.marsad.store.victim.Register;
import org.marsad.tally.Range;
import org.marsad.tally.Tallies;
import org.marsad.tally.Tally;
import org.marsad.tally.TallyFilter;

/**
 * Exports of victims, incidents and tallies. Nothing confidential leaves: a victim carries its source's
 * name, never the source's identity or contact.
 */
public final class Exports {
    private static final List<Column> VICTIM_COLUMNS = List.of(
            new Column("id", "#meta+id"), new Column("source", "#meta+source"), new Column("record", "#meta+record"),
            new Column("name", "#affected+name"), new Column("given_name", "#affected+name+given"),
            new Column("father_name", "#affected+name+father"),
            new Column("grandfather_name", "#affected+name+grandfather"),
            new Column("family_name", "#affected+name+family"), new Column("sex", "#affected+sex"),
            new Column("age", "#affected+age"), new Column("age_group", "#affected+age+group"),
            new Column("status", "#affected+type"), new Column("affiliation", "#group+affiliation"),
            new Column("date", "#date"), new Column("place", "#loc+name"), new Column("pcode", "#loc+code"),
            new Column("adm1", "#adm1+code"), new Column("lat", "#geo+lat"), new Column("lon", "#geo+lon"),
            new Column("cause", "#event+type"), new Column("perpetrator", "#group+perpetrator"),
            new Column("incident", "#event+id"), new Column("person", "#affected+id"));

    private static final List<Column> INCIDENT_COLUMNS = List.of(
            new Column("id", "#event+id"), new Column("date_from", "#date+start"), new Column("date_to", "#date+end"),
            new Column("date_precision", "#date+precision"), new Column("pcode", "#loc+code"),
            new Column("adm1", "#adm1+code"), new Column("adm1_name", "#adm1+name"), new Column("place", "#loc+name"),
            new Column("lat", "#geo+lat"), new Column("lon", "#geo+lon"), new Column("place_precision", "#geo+precision"),
            new Column("cause", "#event+type"), new Column("perpetrator", "#group+perpetrator"),
            new Column("grade", "#status+grade"), new Column("killed", "#affected+killed"),
            new Column("killed_best", "#affected+killed+best"), new Column("killed_high", "#affected+killed+max"),
            new Column("killed_civilians", "#affected+killed+civilians"),
            new Column("killed_children", "#affected+killed+children"),
            new Column("killed_women", "#affected+killed+women"),
            new Column("killed_fighters", "#affected+killed+fighters"),
            new Column("killed_named", "#affected+killed+named"), new Column("injured", "#affected+injured"));

    private final Database db;
    private final PlaceIndex places;

    public Exports(Database db) {
        this.db = db;
        this.places = new PlaceIndex(new Places(db).all());
    }

    /** Victim records under the filter (date, place, cause, perpetrator, status, affiliation, source). */
    public void victims(TallyFilter f, ExportFormat format, Writer out) {
        StringBuilder sql = new StringBuilder("SELECT v.*, s.name AS source_name FROM victim v "
                + "JOIN source s ON s.id = v.source_id WHERE " + Register.DEAD);
        where(sql, f.from() != null, " AND v.died_on >= :from");
        where(sql, f.to() != null, " AND v.died_on <= :to");
        where(sql, f.place() != null, " AND v.place_pcode LIKE :place");
        where(sql, f.cause() != null, " AND LOWER(v.cause) = LOWER(:cause)");
        where(sql, f.perpetrator() != null, " AND LOWER(v.perpetrator) = LOWER(:perpetrator)");
        where(sql, f.status() != null, " AND v.status = :status");
        where(sql, f.affiliation() != null, " AND LOWER(v.affiliation) = LOWER(:affiliation)");
        where(sql, f.source() != null, " AND s.name = :source");
        sql.append(" ORDER BY v.id");
        db.jdbi().useHandle(h -> {
            Query q = Register.bind(bind(h.createQuery(sql.toString()), f));
            try (Stream<List<Object>> rows = q.map((rs, ctx) -> {
                String pcode = rs.getString("place_pcode");
                return Arrays.<Object>asList(rs.getLong("id"), rs.getString("source_name"), rs.getString("record_key"),
                        rs.getString("full_name"), rs.getString("given_name"), rs.getString("father_name"),
                        rs.getString("grandfather_name"), rs.getString("family_name"), rs.getString("sex"),
                        rs.getObject("age") == null ? null : rs.getInt("age"), rs.getString("age_group"),
                        rs.getString("status"), rs.getString("affiliation"), rs.getString("died_on"),
                        rs.getString("place_text"), pcode, places.adm1(pcode), places.lat(pcode), places.lon(pcode),
                        rs.getString("cause"), rs.getString("perpetrator"),
                        rs.getObject("incident_id") == null ? null : rs.getLong("incident_id"),
                        rs.getObject("person_id") == null ? null : rs.getLong("person_id"));
            }).stream()) {
                TableWriter.write(VICTIM_COLUMNS, rows, format, out);
            }
        });
    }

    /**
     * Incidents under the filter, with their figures settled by the counting rules. {@code grades} null
     * exports every grade; the grade is a column either way.
     */
    public void incidents(TallyFilter f, Set<Grade> grades, ExportFormat format, Writer out) {
        Map<Long, Tallies.IncidentCount> counts = new Tallies(db).incidents();
        StringBuilder sql = new StringBuilder("SELECT * FROM incident WHERE deleted_at IS NULL");
        where(sql, f.from() != null, " AND COALESCE(occurred_to, occurred_from) >= :from");
        where(sql, f.to() != null, " AND COALESCE(occurred_from, occurred_to) <= :to");
        where(sql, f.place() != null, " AND place_pcode LIKE :place");
        where(sql, f.cause() != null, " AND LOWER(cause) = LOWER(:cause)");
        where(sql, f.perpetrator() != null, " AND LOWER(perpetrator) = LOWER(:perpetrator)");
        where(sql, grades != null, " AND grade IN (<grades>)");
        sql.append(" ORDER BY id");
        db.jdbi().useHandle(h -> {
            Query q = bind(h.createQuery(sql.toString()), f);
            if (grades != null) {
                q.bindList("grades", grades.stream().map(g -> g.name().toLowerCase(java.util.Locale.ROOT)).toList());
            }
            try (Stream<List<Object>> rows = q.map((rs, ctx) -> {
                        String pcode = rs.getString("place_pcode");
                        Tallies.IncidentCount c = counts.get(rs.getLong("id"));
                        Map<Group, Range> killed = c == null ? Map.of() : c.killed();
                        Map<Group, Range> injured = c == null ? Map.of() : c.injured();
                        Range all = killed.getOrDefault(Group.PERSON, Range.ZERO);
                        List<Object> row = new ArrayList<>(Arrays.asList(rs.getLong("id"), rs.getString("occurred_from"),
                                rs.getString("occurred_to"), rs.getInt("date_precision"), pcode, places.adm1(pcode),
                                places.adm1Name(pcode), rs.getString("place_text") != null ? rs.getString("place_text")
                                        : places.name(pcode), places.lat(pcode), places.lon(pcode),
                                rs.getInt("place_precision"), rs.getString("cause"), rs.getString("perpetrator"),
                                rs.getString("grade"), all.low(), all.best(), all.high()));
                        for (Group g : List.of(Group.CIVILIAN, Group.CHILD, Group.WOMAN, Group.FIGHTER)) {
                            row.add(killed.containsKey(g) ? killed.get(g).low() : null);
                        }
                        row.add(all.named());
                        row.add(injured.getOrDefault(Group.PERSON, Range.ZERO).low());
                        return row;
                    }).stream()) {
                TableWriter.write(INCIDENT_COLUMNS, rows, format, out);
            }
        });
    }

    /** A tally's rows; a breakdown by place gains the place's name and, for maps, its coordinates. */
    public void tally(Tally t, ExportFormat format, Writer out) {
        List<Column> columns = new ArrayList<>();
        int placeAt = -1;
        for (int i = 0; i < t.by().size(); i++) {
            var d = t.by().get(i);
            switch (d) {
                case DAY, WEEK, MONTH, YEAR -> columns.add(new Column(d.code(), "#date+" + d.code()));
                case GOVERNORATE, DISTRICT, SUBDISTRICT, COMMUNITY -> {
                    String adm = "#adm" + d.placeLevel();
                    columns.add(new Column(d.code(), adm + "+code"));
                    columns.add(new Column(d.code() + "_name", adm + "+name"));
                    placeAt = i;
                }
                case GROUP -> columns.add(new Column("group", "#affected+type"));
                case CAUSE -> columns.add(new Column("cause", "#event+type"));
                case PERPETRATOR -> columns.add(new Column("perpetrator", "#group+perpetrator"));
                case STATUS -> columns.add(new Column("status", "#affected+status"));
                case AFFILIATION -> columns.add(new Column("affiliation", "#group+affiliation"));
            }
        }
        columns.addAll(List.of(new Column("killed", "#affected+killed"), new Column("killed_best", "#affected+killed+best"),
                new Column("killed_high", "#affected+killed+max"), new Column("killed_named", "#affected+killed+named"),
                new Column("injured", "#affected+injured"), new Column("provisional_killed", "#affected+killed+provisional"),
                new Column("lat", "#geo+lat"), new Column("lon", "#geo+lon")));
        final int place = placeAt;
        Stream<List<Object>> rows = t.rows().stream().map(r -> {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.key().size(); i++) {
                row.add(r.key().get(i));
                if (i == place) {
                    row.add(places.name(r.key().get(i)));
                }
            }
            String pcode = place >= 0 ? r.key().get(place) : null;
            row.addAll(Arrays.asList(r.killed().low(), r.killed().best(), r.killed().high(), r.killed().named(),
                    r.injured().low(), r.provisionalKilled().low(), places.lat(pcode), places.lon(pcode)));
            return row;
        });
        TableWriter.write(columns, rows, format, out);
    }

    private static void where(StringBuilder sql, boolean when, String clause) {
        if (when) {
            sql.append(clause);
        }
    }

    /** Binds every filter value; the query uses those its clauses name. */
    private static Query bind(Query q, TallyFilter f) {
        q.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setUnusedBindingAllowed(true);
        return q.bind("from", f.from() == null ? null : f.from().toString())
                .bind("to", f.to() == null ? null : f.to().toString())
                .bind("place", f.place() == null ? null : f.place() + "%")
                .bind("cause", f.cause()).bind("perpetrator", f.perpetrator()).bind("status", f.status())
                .bind("affiliation", f.affiliation()).bind("source", f.source());
    }
}
