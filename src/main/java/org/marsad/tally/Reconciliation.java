package org.marsad.tally;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.store.Database;

/**
 * Reported figures beside what Marsad has recorded: "reported: 1,130 · recorded: 1,097 named + 25
 * unnamed". A reported figure is a confirmed claim attached to no incident — a cumulative toll — and is
 * never added to a tally; it is compared with the tally of its own group, period, place, cause and
 * perpetrator.
 */
public final class Reconciliation {

    /** One reported figure and the recorded count it is compared with. */
    public record Comparison(long claimId, String source, String report, Outcome outcome, Group group, long reported,
                             Qualifier qualifier, LocalDate from, LocalDate to, String pcode, Range recorded) {

        public long unnamed() {
            return recorded.low() - recorded.named();
        }
    }

    private record Reported(long claimId, String source, String report, Outcome outcome, Group group, long count,
                            Qualifier qualifier, LocalDate from, LocalDate to, String pcode, String cause,
                            String perpetrator) {
    }

    private final Database db;
    private final Tallies tallies;

    public Reconciliation(Database db, Tallies tallies) {
        this.db = db;
        this.tallies = tallies;
    }

    /** The reported figures that fall under the filter's group and period, each beside its recorded count. */
    public List<Comparison> compare(TallyFilter filter) {
        return reported().stream()
                .filter(r -> filter.group() == null || Tallies.nestedIn(r.group(), filter.group()))
                .filter(r -> overlaps(r, filter))
                .map(r -> {
                    TallyFilter own = new TallyFilter(later(r.from(), filter.from()), earlier(r.to(), filter.to()),
                            r.pcode() != null ? r.pcode() : filter.place(), r.group(),
                            r.cause() != null ? r.cause() : filter.cause(),
                            r.perpetrator() != null ? r.perpetrator() : filter.perpetrator(), null, filter.affiliation(), filter.source(), filter.grades());
                    Tally t = tallies.count(List.of(), own);
                    Range recorded = r.outcome() == Outcome.KILLED ? t.total().killed() : t.total().injured();
                    return new Comparison(r.claimId(), r.source(), r.report(), r.outcome(), r.group(), r.count(),
                            r.qualifier(), r.from(), r.to(), r.pcode(), recorded);
                })
                .toList();
    }

    private List<Reported> reported() {
        // A part ("including 270 children") takes the circumstances of the figure it is part of, up to two levels.
        return db.jdbi().withHandle(h -> h.createQuery("SELECT c.id, s.name AS source, r.title, c.outcome, c.group_code, "
                        + "c.count, c.qualifier, "
                        + "COALESCE(c.period_from, p.period_from, g.period_from) AS period_from, "
                        + "COALESCE(c.period_to, p.period_to, g.period_to) AS period_to, "
                        + "COALESCE(c.place_pcode, p.place_pcode, g.place_pcode) AS place_pcode, "
                        + "COALESCE(c.cause, p.cause, g.cause) AS cause, "
                        + "COALESCE(c.perpetrator, p.perpetrator, g.perpetrator) AS perpetrator FROM claim c "
                        + "JOIN report r ON r.id = c.report_id LEFT JOIN source s ON s.id = r.source_id "
                        + "LEFT JOIN claim p ON p.report_id = c.report_id AND p.ordinal = c.within_ordinal "
                        + "LEFT JOIN claim g ON g.report_id = p.report_id AND g.ordinal = p.within_ordinal "
                        + "WHERE c.incident_id IS NULL AND c.status IN ('confirmed', 'edited') AND r.deleted_at IS NULL ORDER BY c.id")
                .map((rs, ctx) -> new Reported(rs.getLong("id"), rs.getString("source"), rs.getString("title"),
                        Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                        Group.valueOf(rs.getString("group_code").toUpperCase(Locale.ROOT)), rs.getLong("count"),
                        Qualifier.valueOf(rs.getString("qualifier").toUpperCase(Locale.ROOT)),
                        date(rs.getString("period_from")), date(rs.getString("period_to")), rs.getString("place_pcode"),
                        rs.getString("cause"), rs.getString("perpetrator")))
                .list());
    }

    private static boolean overlaps(Reported r, TallyFilter f) {
        return (f.to() == null || r.from() == null || !r.from().isAfter(f.to()))
                && (f.from() == null || r.to() == null || !r.to().isBefore(f.from()));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
