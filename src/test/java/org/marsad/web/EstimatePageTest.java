package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/** The estimate page over real HTTP: three linked lists in the demo database, Arabic and English. */
class EstimatePageTest {
    private static TestApp app;

    /** Persons per capture pattern of lists A, B, C (bit 0 = A): 315 persons. */
    private static final int[] COUNTS = {0, 80, 60, 40, 50, 35, 30, 20};

    @BeforeAll
    static void start() {
        app = new TestApp();
        Sources sources = new Sources(app.db);
        long[] lists = {sources.named("List A", "ngo").id(), sources.named("List B", "ngo").id(), sources.named("List C", "ngo").id()};
        List<Victim> records = new ArrayList<>();
        int person = 0;
        for (int pattern = 1; pattern < 8; pattern++) {
            for (int i = 0; i < COUNTS[pattern]; i++) {
                person++;
                for (int j = 0; j < 3; j++) {
                    if ((pattern >> j & 1) == 1) {
                        records.add(new Victim(null, lists[j], Integer.toString(person), "name " + person, null, null, null,
                                null, null, null, null, "civilian", null, LocalDate.of(2017, 6, 1), null, "SY1101", null, null,
                                null, null));
                    }
                }
            }
        }
        Victims victims = new Victims(app.db);
        victims.addAll(records);
        Map<String, List<Long>> clusters = new HashMap<>();
        victims.all().forEach(v -> clusters.computeIfAbsent(v.recordKey(), k -> new ArrayList<>()).add(v.id()));
        victims.assignPersons(new ArrayList<>(clusters.values()));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void arabicPageGivesTheEstimateWithItsIntervalAndNounsThatAgree() {
        HttpResponse<String> page = app.visitor().get("/estimate?method=independence");
        assertThat(page.statusCode()).isEqualTo(200);
        // 315 takes the accusative singular (شخصاً) after its last part, 15
        assertThat(page.body()).contains("dir=\"rtl\"", "الموثَّقون: 315 شخصاً؛ والعدد الكلي المقدَّر:", "مجال الثقة 95%",
                "النموذج اللوغاريتمي الخطي للقوائم المستقلة", "ما يفترضه التقدير");
        assertThat(page.body()).contains("href=\"/estimate\"");
    }

    @Test
    void englishPageGivesTheSentenceAndTheTableByYear() {
        HttpResponse<String> page = app.visitor().get("/estimate?lang=en&by=year&method=independence");
        assertThat(page.body()).containsPattern("Documented: 315 people; estimated in all: [0-9,]+ \\(95% interval [0-9,]+–[0-9,]+\\), by log-linear model of independent lists\\.")
                .contains("<th>Year</th>", "<td>2017</td>", "What the estimate assumes");
    }

    @Test
    void anUnknownStratumIsABadRequest() {
        assertThat(app.visitor().get("/estimate?by=colour").statusCode()).isEqualTo(400);
    }
}
