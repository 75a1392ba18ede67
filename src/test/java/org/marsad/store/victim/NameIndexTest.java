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
        return index.search(CrossScriptNames.query(query), 10).stream().map(Victim::fullName).toList();
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
}
