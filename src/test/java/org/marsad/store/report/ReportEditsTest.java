package org.marsad.store.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.store.ConflictException;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.ReviewStatus;
import org.marsad.store.TestDatabases;

/** A report deleted with its named victims, and read again keeping what a person decided, on SQLite and PostgreSQL. */
class ReportEditsTest {
    private static final String TEXT = "Shelling killed 12 civilians including Samer Ali. 3 children and 5 civilians died later.";

    private static Claim figure(String words, long count, Group group, Integer within) {
        int start = TEXT.indexOf(words);
        return new Claim(Outcome.KILLED, count, Qualifier.EXACT, group, within, null, null, null, null, null,
                new Span(start, start + words.length()));
    }

    private static NamedVictim samer(Integer claim) {
        int start = TEXT.indexOf("Samer Ali");
        return new NamedVictim("Samer Ali", VictimOutcome.KILLED, "M", null, Group.CIVILIAN, null, null, null, start,
                start + 9, claim);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void readingAgainKeepsConfirmedAndRejectedDecisionsAndReplacesTheRest(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Reports reports = new Reports(db);
            long id = reports.store(Report.of(null, "t", TEXT, "en", null), List.of(figure("12 civilians", 12, Group.CIVILIAN, null),
                    figure("5 civilians", 5, Group.CIVILIAN, null), figure("3 children", 3, Group.CHILD, null)),
                    List.of(samer(0)), "reem").report().id();
            List<StoredClaim> stored = reports.claims(id);
            reports.review(stored.get(0).id(), ReviewStatus.CONFIRMED, 0, "reem");
            reports.review(stored.get(2).id(), ReviewStatus.REJECTED, 0, "reem");

            ReportEdits edits = new ReportEdits(db);
            ReportEdits.Reextracted done = edits.reextract(id, List.of(figure("12 civilians", 12, Group.CIVILIAN, null),
                    figure("Samer Ali", 1, Group.CIVILIAN, 0), figure("3 children", 3, Group.CHILD, null),
                    figure("5 civilians", 5, Group.CIVILIAN, null)), List.of(samer(0)), 0, "reem");
            assertThat(done).isEqualTo(new ReportEdits.Reextracted(1, 1, 2, 3, 0));
            List<StoredClaim> now = reports.claims(id);
            assertThat(now).extracting(c -> c.claim().count()).containsExactly(12L, 1L, 3L, 5L);
            assertThat(now.get(0).id()).isEqualTo(stored.get(0).id());
            assertThat(now).extracting(StoredClaim::status).containsExactly(ReviewStatus.CONFIRMED, ReviewStatus.EXTRACTED,
                    ReviewStatus.REJECTED, ReviewStatus.EXTRACTED);
            assertThat(now.get(1).claim().within()).as("part of the kept figure").isEqualTo(now.get(0).ordinal());
            assertThat(new ReportVictims(db).ofReport(id)).singleElement().satisfies(v -> assertThat(v.claimId())
                    .isEqualTo(stored.get(0).id()));
            assertThatThrownBy(() -> edits.reextract(id, List.of(), List.of(), 0, "reem")).isInstanceOf(ConflictException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDeletedReportHidesItsNamedVictimsAndLeavesTheLists(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Reports reports = new Reports(db);
            long id = reports.store(Report.of(null, "t", TEXT, "en", null), List.of(figure("12 civilians", 12, Group.CIVILIAN, null)),
                    List.of(samer(0)), "reem").report().id();
            ReportEdits edits = new ReportEdits(db);
            ReportEdits.State state = edits.delete(id, "entered twice", 0, "reem");
            assertThat(state.version()).isEqualTo(1);
            assertThat(state.deletion().reason()).isEqualTo("entered twice");
            assertThat(reports.count()).isZero();
            assertThat(reports.claimCount()).isZero();
            assertThat(edits.deleted(10)).extracting(ReportEdits.DeletedReport::id).containsExactly(id);
            int live = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM victim WHERE deleted_at IS NULL")
                    .mapTo(Integer.class).one());
            assertThat(live).isZero();
        }
    }
}
