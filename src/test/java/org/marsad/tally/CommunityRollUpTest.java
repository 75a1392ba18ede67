package org.marsad.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.TestDatabases;
import org.marsad.store.place.Place;
import org.marsad.store.place.Places;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * Deaths placed at a community (OCHA p-code C…) roll up through its sub-district, district and governorate,
 * and a filter by any of them takes in the places within: two deaths in the town of Raqqa (C5710), one in
 * the village of Hamrat Buwaytiya of the same sub-district (C5706), one placed only at the sub-district,
 * one in Deir ez-Zor.
 */
class CommunityRollUpTest {
    private static Database db;
    private static Tallies tallies;

    @BeforeAll
    static void build() {
        db = TestDatabases.fresh(Dialect.SQLITE);
        new Places(db).save(List.of(
                new Place("SY11", null, 1, "الرقة", "Ar-Raqqa", null, null),
                new Place("SY1101", "SY11", 2, "الرقة", "Ar-Raqqa", null, null),
                new Place("SY110100", "SY1101", 3, "مركز الرقة", "Ar-Raqqa", null, null),
                new Place("C5710", "SY110100", 4, "الرقة", "Ar-Raqqa", 35.95, 39.01),
                new Place("C5706", "SY110100", 4, "حمرة بويطية", "Hamrat Buwaytiya", 35.9, 39.1),
                new Place("SY09", null, 1, "دير الزور", "Deir-ez-Zor", null, null)));
        long source = new Sources(db).named("A", "observatory").id();
        Victims victims = new Victims(db);
        victims.addAll(List.of(
                victim(source, "p1", "C5710"), victim(source, "p2", "C5710"), victim(source, "p3", "C5706"),
                victim(source, "p4", "SY110100"), victim(source, "p5", "SY09")));
        List<List<Long>> persons = new ArrayList<>();
        victims.all().forEach(v -> persons.add(List.of(v.id())));
        victims.assignPersons(persons);
        tallies = new Tallies(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void countsByCommunityAndRollsUpToEachLevel() {
        assertThat(killedBy(Dimension.COMMUNITY)).containsEntry("C5710", 2L).containsEntry("C5706", 1L);
        assertThat(killedBy(Dimension.SUBDISTRICT)).containsEntry("SY110100", 4L);
        assertThat(killedBy(Dimension.DISTRICT)).containsEntry("SY1101", 4L);
        assertThat(killedBy(Dimension.GOVERNORATE)).containsEntry("SY11", 4L).containsEntry("SY09", 1L);
    }

    @Test
    void filtersByACommunityOrAnyUnitAboveIt() {
        assertThat(killed("C5710")).isEqualTo(2);
        assertThat(killed("SY110100")).isEqualTo(4);
        assertThat(killed("SY11")).isEqualTo(4);
    }

    private static Map<String, Long> killedBy(Dimension d) {
        return tallies.count(List.of(d), TallyFilter.none()).rows().stream()
                .collect(Collectors.toMap(r -> r.key().get(0), r -> r.killed().low()));
    }

    private static long killed(String place) {
        return tallies.count(List.of(), new TallyFilter(null, null, place, null, null, null, null, null, null, null))
                .total().killed().low();
    }

    private static Victim victim(long source, String key, String pcode) {
        return new Victim(null, source, key, "name " + key, null, null, null, null, 'M', 30, null, "civilian", null,
                LocalDate.of(2019, 5, 14), null, pcode, null, null, null, null);
    }
}
