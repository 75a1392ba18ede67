package org.marsad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's given name or a common word sent alone is no place; written as a place (قرية خالد, "village of
 * Khaled") or beside a unit that holds it, it is. Checked also on the given names of a real victim list
 * (Airwars' Gaza list, {@code ../shared}), none of which were written into the list of names.
 */
class PersonNamesTest {
    private static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer.load());
    private static final Path VICTIMS = Path.of("../shared/data/real/airwars-gaza-victims.csv");

    @ParameterizedTest(name = "{0} alone is no place")
    @CsvSource(textBlock = """
            Hassan
            Khaled
            Youssef
            Hussein
            Ahmad
            Omar
            محمد
            خالد
            Mosque
            المسجد
            المدينة
            معمل
            factory
            """)
    void aGivenNameOrACommonWordAloneIsNoPlace(String mention) {
        assertThat(RESOLVER.resolve(mention)).isEmpty();
    }

    @Test
    void theSameNameWrittenAsAPlaceIsThePlace() {
        assertThat(RESOLVER.best("قرية خالد").map(Candidate::pcode)).contains("C4714");
        assertThat(RESOLVER.best("village of Khaled").map(Candidate::pcode)).contains("C4714");
        assertThat(RESOLVER.best("قرية المدينة").map(Candidate::pcode)).contains("C4337");
    }

    @Test
    void aTownThatIsTheSeatOfAUnitIsStillFoundByItsName() {
        // Jasim is a given name and the seat of a sub-district of Daraa
        assertThat(RESOLVER.best("Jasim").map(Candidate::pcode)).contains("C6111");
        assertThat(RESOLVER.best("Salma").map(Candidate::pcode)).contains("C3704");
    }

    /**
     * The 150 commonest first words of the names of a real victim list, in Arabic and in English, each
     * sent alone: at most 2% may resolve to a place. Before the list of names 110 of 300 did; with it 6: Salma
     * (the seat of a sub-district), شام and Sham (الشام is Damascus), and Maria and Yasmine, spelled unlike
     * the list.
     */
    @Test
    void theCommonestGivenNamesOfARealVictimListResolveToNoPlace() throws IOException {
        assumeTrue(Files.exists(VICTIMS), "../shared/data/real is absent (a CI clone)");
        List<String> lines = Files.readAllLines(VICTIMS, StandardCharsets.UTF_8);
        Map<String, Integer> arabic = new HashMap<>();
        Map<String, Integer> english = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length < 6) {
                continue;
            }
            count(english, f[4]);
            count(arabic, f[5]);
        }
        List<String> given = new ArrayList<>(commonest(arabic, 150));
        given.addAll(commonest(english, 150));
        List<String> resolved = new ArrayList<>();
        for (String name : given) {
            RESOLVER.best(name).ifPresent(c -> resolved.add(name + " → " + c.pcode() + " " + c.nameEn()));
        }
        System.out.printf("given names alone resolved to a place: %d of %d%n", resolved.size(), given.size());
        resolved.forEach(r -> System.out.println("  " + r));
        assertThat(given).hasSizeGreaterThanOrEqualTo(250);
        assertThat((double) resolved.size() / given.size()).as("resolved: %s", resolved).isLessThanOrEqualTo(0.02);
    }

    private static void count(Map<String, Integer> counts, String name) {
        String first = name.strip().split("\\s+")[0];
        if (!first.isEmpty()) {
            counts.merge(first, 1, Integer::sum);
        }
    }

    private static List<String> commonest(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
