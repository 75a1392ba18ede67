package org.marsad.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.TestDatabases;
import org.marsad.store.incident.Grade;
import org.marsad.store.incident.Incident;
import org.marsad.store.incident.IncidentFigure;
import org.marsad.store.incident.Incidents;
import org.marsad.store.place.Place;
import org.marsad.store.place.Places;
import org.marsad.store.source.Source;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;
import org.marsad.tally.Dimension;
import org.marsad.tally.Tallies;
import org.marsad.tally.TallyFilter;

/** Exports of a small world: one incident in Raqqa with three named victims and a recorded figure. */
class ExportsTest {
    private static final String SECRET = "contact: +963 933 000 000, Abu Omar";
    private static Database db;
    private static Exports exports;

    @BeforeAll
    static void world() {
        db = TestDatabases.fresh(Dialect.SQLITE);
        new Places(db).save(List.of(new Place("SY11", null, 1, "الرقة", "Ar-Raqqa", 35.95, 38.99),
                new Place("SY1100", "SY11", 2, "الرقة", "Ar-Raqqa", null, null)));
        long source = new Sources(db).add(new Source(null, "Field network", "witness", 'C', SECRET, null)).id();
        long incident = new Incidents(db).add(new Incident(null, LocalDate.of(2017, 8, 20), LocalDate.of(2017, 8, 20), 1,
                "SY1100", "حي الرميلة", 3, "airstrike", "international coalition", Grade.FAIR,
                List.of(new IncidentFigure(Group.CIVILIAN, Outcome.KILLED, 2, 2, 4),
                        new IncidentFigure(Group.CHILD, Outcome.KILLED, 1, 1, 1)), null, 0)).id();
        new Victims(db).addAll(List.of(victim(source, "1", 'F', 7, incident), victim(source, "2", 'F', 33, incident),
                victim(source, "3", 'M', 40, incident)));
        exports = new Exports(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void hxlCarriesStandardHashtagsOnTheSecondHeaderRow() throws Exception {
        List<CSVRecord> rows = csv(out(w -> exports.incidents(TallyFilter.none(), null, ExportFormat.HXL, w)));
        assertThat(rows.get(1).toList()).contains("#date+start", "#adm1+name", "#adm1+code", "#affected+killed",
                "#affected+killed+children", "#geo+lat", "#geo+lon");
        CSVRecord incident = rows.get(2);
        assertThat(incident.get(header(rows, "adm1"))).isEqualTo("SY11");
        assertThat(incident.get(header(rows, "adm1_name"))).isEqualTo("Ar-Raqqa");
        // three named persons outweigh the recorded 2/2/4 civilians: low 3, best 3, high 4
        assertThat(incident.get(header(rows, "killed"))).isEqualTo("3");
        assertThat(incident.get(header(rows, "killed_high"))).isEqualTo("4");
        assertThat(incident.get(header(rows, "killed_children"))).isEqualTo("1");
        assertThat(incident.get(header(rows, "killed_named"))).isEqualTo("3");
    }

    @Test
    void geojsonIncidentsArePointsAtTheirPlace() throws Exception {
        JsonNode json = new ObjectMapper().readTree(out(w -> exports.incidents(TallyFilter.none(), null,
                ExportFormat.GEOJSON, w)));
        assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode feature = json.get("features").get(0);
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
        // GeoJSON is longitude first; the district has no coordinates, so its governorate's are used
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(38.99);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(35.95);
        assertThat(feature.get("properties").get("cause").asText()).isEqualTo("airstrike");
    }

    @Test
    void victimExportsNeverCarryASourcesIdentity() {
        for (ExportFormat f : ExportFormat.values()) {
            String text = out(w -> exports.victims(TallyFilter.none(), f, w));
            assertThat(text).as(f.name()).contains("Field network", "name 1").doesNotContain("Abu Omar", "+963");
        }
    }

    @Test
    void incidentsFilterByGrade() throws Exception {
        assertThat(csv(out(w -> exports.incidents(TallyFilter.none(), Set.of(Grade.WEAK), ExportFormat.CSV, w))))
                .hasSize(1);
        assertThat(csv(out(w -> exports.incidents(TallyFilter.none(), Set.of(Grade.FAIR), ExportFormat.CSV, w))))
                .hasSize(2);
    }

    @Test
    void tallyByGovernorateGainsNamesAndCoordinates() throws Exception {
        var tally = new Tallies(db).count(List.of(Dimension.GOVERNORATE), TallyFilter.none());
        List<CSVRecord> rows = csv(out(w -> exports.tally(tally, ExportFormat.HXL, w)));
        assertThat(rows.get(0).toList()).startsWith("governorate", "governorate_name", "killed");
        assertThat(rows.get(1).toList()).startsWith("#adm1+code", "#adm1+name", "#affected+killed");
        assertThat(rows.get(2).toList()).startsWith("SY11", "Ar-Raqqa", "3");
        JsonNode json = new ObjectMapper().readTree(out(w -> exports.tally(tally, ExportFormat.JSON, w)));
        assertThat(json.get(0).get("killed").asLong()).isEqualTo(3);
        assertThat(json.get(0).get("lat").asDouble()).isEqualTo(35.95);
    }

    private interface Export {
        void to(StringWriter w);
    }

    private static String out(Export e) {
        StringWriter w = new StringWriter();
        e.to(w);
        return w.toString();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords();
    }

    private static int header(List<CSVRecord> rows, String name) {
        return rows.get(0).toList().indexOf(name);
    }

    private static Victim victim(long source, String key, char sex, int age, long incident) {
        return new Victim(null, source, key, "name " + key, null, null, null, null, sex, age, null, "civilian", null,
                LocalDate.of(2017, 8, 20), null, "SY1100", "airstrike", null, incident, null);
    }
}
