package org.marsad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Path SOURCE = Path.of("../shared/data/places");

    @Test
    void holdsSyriasFourteenGovernoratesSixtyTwoDistrictsAndTwoHundredSeventyTwoSubDistricts() {
        assertThat(GAZETTEER.at(AdminLevel.GOVERNORATE)).hasSize(14);
        assertThat(GAZETTEER.at(AdminLevel.DISTRICT)).hasSize(62);
        assertThat(GAZETTEER.at(AdminLevel.SUB_DISTRICT)).hasSize(272);
        assertThat(GAZETTEER.at(AdminLevel.GOVERNORATE)).extracting(Place::pcode)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 14).mapToObj(i -> String.format("SY%02d", i)).toList());
    }

    @Test
    void findsAUnitOnlyByAWholeNameAndTheLargestOfOneNamesLevels() {
        assertThat(GAZETTEER.namedExactly("الرقة")).map(Place::pcode).contains("SY11");
        assertThat(GAZETTEER.namedExactly("Ar-Raqqah Governorate")).map(Place::pcode).contains("SY11");
        assertThat(GAZETTEER.namedExactly("Maadan")).map(Place::pcode).contains("SY110103");
        // a word of another place's name, or a spelling it only resembles, names nothing
        assertThat(GAZETTEER.namedExactly("Deir al-Balah")).isEmpty();
        assertThat(GAZETTEER.namedExactly("Khan Younis")).isEmpty();
    }

    @Test
    void everyPlaceHasBothNamesCoordinatesInSyriaAndAParentOneLevelUp() {
        for (Place place : GAZETTEER.places()) {
            assertThat(place.nameAr()).as(place.pcode()).isNotBlank();
            assertThat(place.nameEn()).as(place.pcode()).isNotBlank();
            assertThat(place.lat()).as(place.pcode()).isBetween(32.0, 37.5);
            assertThat(place.lon()).as(place.pcode()).isBetween(35.5, 42.5);
            place.parentPcode().ifPresentOrElse(
                    parent -> assertThat(GAZETTEER.place(parent).orElseThrow().level().depth())
                            .isEqualTo(place.level().depth() - 1),
                    () -> assertThat(place.level()).isEqualTo(AdminLevel.GOVERNORATE));
        }
    }

    @ParameterizedTest(name = "{0} at {1} is {2}")
    @CsvSource({
            "SY110103, GOVERNORATE, SY11",
            "SY110103, DISTRICT, SY1101",
            "SY110103, SUB_DISTRICT, SY110103",
            "SY0902, GOVERNORATE, SY09",
            "SY0902, DISTRICT, SY0902",
            "SY13, GOVERNORATE, SY13"})
    void rollsUpToTheAncestorAtALevel(String pcode, AdminLevel level, String expected) {
        assertThat(GAZETTEER.ancestorAt(pcode, level)).map(Place::pcode).contains(expected);
    }

    @Test
    void hasNoAncestorBelowAPlaceOrForAnUnknownPcode() {
        assertThat(GAZETTEER.ancestorAt("SY11", AdminLevel.DISTRICT)).isEmpty();
        assertThat(GAZETTEER.ancestorAt("SY99", AdminLevel.GOVERNORATE)).isEmpty();
        assertThat(GAZETTEER.place("SY99")).isEmpty();
    }

    @Test
    void listsAncestorsNearestFirst() {
        assertThat(GAZETTEER.ancestors("SY110103")).extracting(Place::pcode).containsExactly("SY1101", "SY11");
        assertThat(GAZETTEER.adm1("SY110103")).map(Place::pcode).contains("SY11");
    }

    @Test
    void carriesTheCuratedSpellingsAsAliases() {
        assertThat(GAZETTEER.place("SY09").orElseThrow().aliases()).contains("Deir Ezzor", "Deir al-Zour");
        assertThat(GAZETTEER.place("SY11").orElseThrow().aliases()).contains("Rakka");
    }

    @Test
    void matchesTheOpenSyriaSourceItWasBuiltFrom() throws IOException {
        assumeTrue(Files.isDirectory(SOURCE), "../shared/data/places is absent: the source comparison is skipped");
        ObjectMapper json = new ObjectMapper();
        int compared = 0;
        for (String file : new String[] {"governorates", "districts", "subdistricts"}) {
            for (JsonNode record : json.readTree(SOURCE.resolve("opensyria-" + file + ".json").toFile())) {
                Place place = GAZETTEER.place(record.path("externalIds").path("ochaPcode").asText()).orElseThrow();
                assertThat(place.nameEn()).isEqualTo(record.path("name").path("en").asText());
                assertThat(place.nameAr()).isEqualTo(record.path("name").path("ar").asText());
                assertThat(place.lat()).isEqualTo(record.path("centroid").path("latitude").asDouble());
                assertThat(place.lon()).isEqualTo(record.path("centroid").path("longitude").asDouble());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(GAZETTEER.places().size() - GAZETTEER.at(AdminLevel.COMMUNITY).size());
    }

    @Test
    void holdsEveryOchaCommunityUnderItsSubDistrictWithTodaysCodes() throws IOException {
        Path csv = SOURCE.resolve("ocha2015-communities.csv");
        assumeTrue(Files.exists(csv), "../shared/data/places is absent: the community comparison is skipped");
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        int pcode = header.indexOf("admin4Pcode");
        int subDistrict = header.indexOf("admin3Pcode");
        int nameAr = header.indexOf("admin4Name_ar");
        int lat = header.indexOf("latitude");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            Place place = GAZETTEER.place(f[pcode]).orElseThrow(() -> new AssertionError("missing " + f[pcode]));
            assertThat(place.level()).isEqualTo(AdminLevel.COMMUNITY);
            assertThat(place.nameAr()).isEqualTo(f[nameAr].strip().replaceAll("\\s+", " "));
            assertThat(place.lat()).isEqualTo(Double.parseDouble(f[lat]));
            // the four Banyas sub-districts of 2015 are Qadmous's today (SY100202 → SY100601 …)
            String expected = f[subDistrict].matches("SY10020[2-5]")
                    ? "SY10060" + (char) (f[subDistrict].charAt(7) - 1) : f[subDistrict];
            assertThat(place.parent()).as(f[pcode]).isEqualTo(expected);
        }
        assertThat(GAZETTEER.at(AdminLevel.COMMUNITY)).hasSize(lines.size() - 1).hasSize(5251);
    }
}
