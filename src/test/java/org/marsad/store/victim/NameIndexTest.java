package org.marsad.store.victim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.link.name.CrossScriptNames;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.TestDatabases;
import org.marsad.store.source.Sources;

/** The name index finds a name in either script from its keys, and follows records added, corrected and deleted. */
class NameIndexTest {
    private static Victim named(long source, String key, String name) {
        return new Victim(null, source, key, name, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    private static List<String> found(NameIndex index, String query) {
        return index.search(CrossScriptNames.query(query), 0, 10).records().stream().map(Victim::fullName).toList();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aNameIsFoundByAWordsBeginningOrItsSkeletonInTheOtherScript(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("list", "list").id();
            new Victims(db).addAll(List.of(named(source, "1", "خالد أحمد العلي"), named(source, "2", "Khaled Ahmad al-Ali"),
                    named(source, "3", "سامر حسن"), named(source, "4", "أسامة الرقاوي")));
            NameIndex index = new NameIndex(db, CrossScriptNames::indexKeys);
            assertThat(index.catchUp()).isEqualTo(4);
            assertThat(index.catchUp()).as("nothing left to key").isZero();
            assertThat(found(index, "Khaled")).containsExactly("خالد أحمد العلي", "Khaled Ahmad al-Ali");
            assertThat(found(index, "خالد احمد")).containsExactly("خالد أحمد العلي", "Khaled Ahmad al-Ali");
            assertThat(found(index, "سام")).as("a word's beginning").containsExactly("سامر حسن");
            assertThat(found(index, "اسامه")).as("hamza and taa marbuta folded").containsExactly("أسامة الرقاوي");
            assertThat(found(index, "خالد حسن")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCorrectedNameIsKeyedAgainAndADeletedRecordIsNotFound(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("list", "list").id();
            NameIndex index = new NameIndex(db, CrossScriptNames::indexKeys);
            VictimEdits edits = new VictimEdits(db);
            StoredVictim a = edits.add(named(source, "1", "سامر حسن"), "reem");
            StoredVictim b = edits.add(named(source, "2", "هدى حسن"), "reem");
            assertThat(found(index, "حسن")).hasSize(2);
            edits.edit(a.id(), named(source, "1", "سامر الخطيب"), a.version(), "reem");
            assertThat(found(index, "حسن")).containsExactly("هدى حسن");
            assertThat(found(index, "خطيب")).as("without the article").containsExactly("سامر الخطيب");
            edits.delete(b.id(), "entered twice", b.version(), "reem");
            assertThat(found(index, "حسن")).isEmpty();
        }
    }

    /** Names from a few words, so that some words are common and some rare, some in Latin script. */
    private static final String[] GIVEN = {"محمد", "محمد", "محمد", "أحمد", "Mohammad", "خالد", "Khaled", "فاطمة", "سامر", "نزار"};
    private static final String[] FAMILY = {"العلي", "al-Ali", "حسن", "الحمصي", "الرقاوي", "Hasan", "الخطيب"};

    /** The records whose keys have every word asked for, found by reading every record's keys. */
    private static List<Long> expected(List<Victim> records, String query) {
        List<NameIndex.Word> words = CrossScriptNames.query(query);
        return records.stream().filter(v -> {
            java.util.Set<String> keys = CrossScriptNames.indexKeys(v.fullName());
            return words.stream().allMatch(w -> keys.stream().anyMatch(k -> k.startsWith(w.prefix()) || w.keys().contains(k)));
        }).map(Victim::id).toList();
    }

    /** Every record a search finds, page after page, going on from where a page ended or a search stopped. */
    private static List<Long> allPages(NameIndex index, String query, int size) {
        List<Long> found = new java.util.ArrayList<>();
        long after = 0;
        for (int guard = 0; guard < 10_000; guard++) {
            NameIndex.Found page = index.search(CrossScriptNames.query(query), after, size);
            assertThat(page.records().size()).isLessThanOrEqualTo(size);
            page.records().forEach(v -> found.add(v.id()));
            if (page.records().size() == size) {
                after = page.records().get(size - 1).id();
            } else if (page.stoppedAt() > 0) {
                after = page.stoppedAt();
            } else {
                return found;
            }
        }
        throw new AssertionError("the search never ended");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void commonAndRareWordsFindWhatReadingEveryNameFindsPageAfterPage(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("list", "list").id();
            java.util.Random random = new java.util.Random(17);
            List<Victim> records = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                records.add(named(source, "r" + i, GIVEN[random.nextInt(GIVEN.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]
                        + " " + FAMILY[random.nextInt(FAMILY.length)]));
            }
            new Victims(db).addAll(records);
            List<Victim> stored = new Victims(db).all();
            // small bounds: a word of 30 records or more is common, and a search reads 50 records at most
            NameIndex small = new NameIndex(db, CrossScriptNames::indexKeys, 30, 50);
            NameIndex usual = new NameIndex(db, CrossScriptNames::indexKeys);
            for (String query : new String[] {"محمد", "Mohammad", "محمد العلي", "نزار الحمصي", "خالد Hasan", "فاطمة نزار",
                    "سا", "الرقاوي", "al", "محمد محمد خطيب"}) {
                List<Long> truth = expected(stored, query);
                assertThat(allPages(small, query, 7)).as("%s, read in number order when common", query).containsExactlyElementsOf(truth);
                assertThat(allPages(usual, query, 7)).as("%s, read from the rarest word", query).containsExactlyElementsOf(truth);
            }
            assertThat(expected(stored, "محمد")).as("a common word").hasSizeGreaterThan(100);
            NameIndex.Found stopped = small.search(CrossScriptNames.query("فاطمة نزار"), 0, 40);
            assertThat(stopped.stoppedAt()).as("two words that seldom meet stop the search after 50 records")
                    .isEqualTo(stored.get(49).id());
        }
    }
}
