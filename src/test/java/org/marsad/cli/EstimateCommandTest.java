package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** estimate through the command line, as a user runs it. */
class EstimateCommandTest {
    @TempDir
    Path dir;

    /** Three lists of 300 persons: a on all, then pairs and singles, written one row per person and list. */
    private Path lists() throws Exception {
        StringBuilder csv = new StringBuilder("person,source\n");
        String[][] patterns = {{"A", "B", "C"}, {"A", "B"}, {"A", "C"}, {"B", "C"}, {"A"}, {"B"}, {"C"}};
        int[] counts = {20, 40, 35, 30, 80, 60, 50};
        int person = 0;
        for (int p = 0; p < patterns.length; p++) {
            for (int i = 0; i < counts[p]; i++) {
                person++;
                for (String list : patterns[p]) {
                    csv.append("p").append(person).append(',').append(list).append('\n');
                }
            }
        }
        Path file = dir.resolve("lists.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void estimatesACsvAsEstimateJson() throws Exception {
        CliRun r = CliRun.of("estimate", "--in", lists().toString(), "--method", "independence", "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("method").asText()).isEqualTo("independence");
        assertThat(json.get("lists")).hasSize(3);
        assertThat(json.get("documented").asLong()).isEqualTo(315);
        long estimate = json.get("estimate").asLong();
        assertThat(json.get("low").asLong()).isBetween(315L, estimate);
        assertThat(json.get("high").asLong()).isGreaterThan(estimate);
        assertThat(json.get("level").asDouble()).isEqualTo(0.95);
    }

    @Test
    void explainPrintsTheOverlapTableAndTheSamplersDiagnostics() throws Exception {
        CliRun r = CliRun.of("estimate", "--in", lists().toString(), "--explain", "--seed", "3");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("method: lcmcr").contains("  111        20").contains("effective draws")
                .contains("seed 3");
    }

    @Test
    void aRowWithoutSourceIsAOneLineErrorNamingTheLine() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "person,source\np1,A\np2,\n");
        CliRun r = CliRun.of("estimate", "--in", file.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("line 3").contains("'source'").hasLineCount(1);
    }

    @Test
    void twoListsAreRefusedWithoutAFigure() throws Exception {
        Path file = dir.resolve("two.csv");
        Files.writeString(file, "person,source\np1,A\np1,B\np2,A\np3,B\n");
        CliRun r = CliRun.of("estimate", "--in", file.toString(), "--format", "json");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("at least 3 lists");
    }
}
