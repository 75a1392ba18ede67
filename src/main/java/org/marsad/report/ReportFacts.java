package org.marsad.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Group;
import org.marsad.store.Database;
import org.marsad.store.place.Place;
import org.marsad.store.place.Places;
import org.marsad.tally.Dimension;
import org.marsad.tally.LinkDoubt;
import org.marsad.tally.Range;
import org.marsad.tally.Reconciliation;
import org.marsad.tally.Tallies;
import org.marsad.tally.Tally;
import org.marsad.tally.TallyFilter;

/**
 * Everything a narrative report states, counted once by the tally's rules: the total and its groups,
 * the breakdowns by cause, perpetrator, governorate, district, community and month, the reported figures it is compared with,
 * and the sources. A report is written from these facts and nothing else.
 */
record ReportFacts(TallyFilter filter, LocalDate from, LocalDate to, Range total, LinkDoubt doubt, Map<Group, Range> groups,
                   Tally byCause, Tally byPerpetrator, Tally byGovernorate, Tally byMonthAndGroup,
                   List<Reconciliation.Comparison> reported, List<String> sources, Map<String, Place> places,
                   Tally byDistrict, Tally byCommunity) {

    static ReportFacts of(Database db, Tallies tallies, TallyFilter filter) {
        Tally byGroup = tallies.count(List.of(Dimension.GROUP), filter);
        Map<Group, Range> groups = new java.util.EnumMap<>(Group.class);
        for (Tally.Row r : byGroup.rows()) {
            groups.put(Group.valueOf(r.key().get(0).toUpperCase(java.util.Locale.ROOT)), r.killed());
        }
        Tally byMonth = tallies.count(List.of(Dimension.MONTH, Dimension.GROUP), filter);
        List<String> days = tallies.count(List.of(Dimension.DAY), filter).rows().stream().map(r -> r.key().get(0))
                .filter(d -> !d.equals("unknown")).sorted().toList();
        LocalDate from = filter.from() != null ? filter.from() : days.isEmpty() ? null : LocalDate.parse(days.get(0));
        LocalDate to = filter.to() != null ? filter.to()
                : days.isEmpty() ? null : LocalDate.parse(days.get(days.size() - 1));
        List<String> sources = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM source WHERE id IN "
                + "(SELECT source_id FROM victim WHERE " + org.marsad.store.victim.VictimImports.settled("")
                + " UNION SELECT source_id FROM report) ORDER BY name").mapTo(String.class).list());
        return new ReportFacts(filter, from, to, byGroup.total().killed(), byGroup.total().killedDoubt(), groups,
                tallies.count(List.of(Dimension.CAUSE), filter), tallies.count(List.of(Dimension.PERPETRATOR), filter),
                tallies.count(List.of(Dimension.GOVERNORATE), filter), byMonth,
                new Reconciliation(db, tallies).compare(filter), sources, new Places(db).all(),
                tallies.count(List.of(Dimension.DISTRICT), filter), tallies.count(List.of(Dimension.COMMUNITY), filter));
    }

    long killed(Group g) {
        Range r = groups.get(g);
        return r == null ? 0 : r.low();
    }
}
