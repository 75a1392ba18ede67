package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PlacesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void findPrintsCandidatesAsJsonBestFirst() throws Exception {
        assertThat(run("places", "find", "--format", "json", "الرقة")).isZero();
        JsonNode candidates = new ObjectMapper().readTree(out.toString());
        assertThat(candidates.get(0).get("pcode").asText()).isEqualTo("SY11");
        assertThat(candidates.get(0).get("level").asText()).isEqualTo("governorate");
        assertThat(candidates.get(0).get("adm1").asText()).isEqualTo("SY11");
        assertThat(candidates.get(0).get("note").isNull()).isTrue();
        assertThat(candidates.get(0).fieldNames()).toIterable()
                .containsExactly("pcode", "level", "name_ar", "name_en", "adm1", "lat", "lon", "note", "score", "note_ar");
        assertThat(candidates.get(0).get("score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void findKeepsTheCountrysideNoteInJson() throws Exception {
        assertThat(run("places", "find", "--format", "json", "ريف", "دير", "الزور", "الشرقي")).isZero();
        JsonNode best = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(best.get("pcode").asText()).isEqualTo("SY09");
        assertThat(best.get("note").asText()).isEqualTo("eastern countryside");
        assertThat(best.get("note_ar").asText()).isEqualTo("الريف الشرقي");
    }

    @Test
    void findWithoutAPlaceWritesNothingToStdoutAndANoticeToStderr() {
        assertThat(run("places", "find", "الضفاف الجنوبية لنهر الفرات")).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("no place found");
    }

    @Test
    void showPrintsThePlaceWithItsAncestors() throws Exception {
        assertThat(run("places", "show", "sy110103")).isZero();
        JsonNode place = new ObjectMapper().readTree(out.toString());
        assertThat(place.get("name_ar").asText()).isEqualTo("معدان");
        assertThat(place.get("ancestors")).extracting(JsonNode::asText).containsExactly("SY1101", "SY11");
    }

    @Test
    void showOfAnUnknownPcodeIsAUserErrorOnOneLine() {
        assertThat(run("places", "show", "SY99")).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).startsWith("marsad: no place with p-code SY99").doesNotContain("\n");
    }

    @Test
    void aBadFormatIsAUsageError() {
        assertThat(run("places", "find", "--format", "xml", "Raqqa")).isEqualTo(2);
    }
}
