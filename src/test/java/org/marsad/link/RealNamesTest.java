package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Names written by people: the Airwars list of victims in Gaza (../shared/data/real, used in tests only),
 * split into an Arabic-script list and a Latin-script list of the same rows. Truth: a row's two names are
 * one person, and rows with the same Ministry of Health ID are one person (28 people recorded twice).
 * Relatives killed together (same family, date and place) must stay apart.
 */
public class RealNamesTest {
    private static final Path FILE = Path.of("../shared/data/real/airwars-gaza-victims.csv");

    /** Set at the score this linker reached on 2026-11-25, rounded down. */
    static final double FLOOR = 0.93;

    /** The real names as records with the truth beside each. */
    public record Lists(List<VictimRecord> records, List<String> truth) {
    }

    public static boolean present() {
        return Files.exists(FILE);
    }

    @Test
    void linksArabicAndLatinListsOfTheSameDead() throws Exception {
        assumeTrue(present(), "../shared/data/real is not here");
        Lists lists = read();
        List<VictimRecord> records = lists.records();
        Linkage linkage = Linker.link(records);
        List<String> predicted = IntStream.range(0, records.size()).mapToObj(linkage::personOf).toList();
        PairwiseScore score = PairwiseScore.of(lists.truth(), predicted);
        System.out.printf("real names, %d records: %s%n", records.size(), score);
        assertThat(score.f1()).isGreaterThanOrEqualTo(FLOOR);
    }

    /** Each killed victim's row with both names, as an Arabic-script and a Latin-script record. */
    public static Lists read() throws java.io.IOException {
        List<VictimRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(FILE)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (row.get("name_ar").isBlank() || row.get("name_en").isBlank() || !"k".equals(row.get("killed_or_injured"))) {
                    continue;
                }
                // victim_id counts within an incident
                String rowId = row.get("incident_id") + "/" + row.get("victim_id");
                String person = row.get("moh_id").isBlank() ? "row-" + rowId : "moh-" + row.get("moh_id");
                Integer age = row.get("age_years").isBlank() ? null : (int) Double.parseDouble(row.get("age_years"));
                Sex sex = switch (row.get("gender")) {
                    case "m" -> Sex.MALE;
                    case "f" -> Sex.FEMALE;
                    default -> null;
                };
                LocalDate date = LocalDate.parse(row.get("incident_date"));
                records.add(new VictimRecord("ar-" + rowId, row.get("name_ar"), "arabic", sex, age, date,
                        null, Status.CIVILIAN));
                truth.add(person);
                records.add(new VictimRecord("en-" + rowId, row.get("name_en"), "latin", sex, age, date,
                        null, Status.CIVILIAN));
                truth.add(person);
            }
        }
        return new Lists(records, truth);
    }
}
