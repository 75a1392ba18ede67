package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;

/** Entering a report, reading it with its figures marked, and reviewing them, through the pages. */
class ReportPagesTest {
    /** Stands in for the extractor: every "N civilians" is a figure of N civilians killed. */
    static List<Claim> civilians(String text) {
        Matcher m = Pattern.compile("(\\d+) civilians").matcher(text);
        List<Claim> claims = new java.util.ArrayList<>();
        while (m.find()) {
            claims.add(new Claim(Outcome.KILLED, Long.parseLong(m.group(1)), Qualifier.EXACT, Group.CIVILIAN, null,
                    null, "shelling", null, null, null, new Span(m.start(), m.end())));
        }
        return claims;
    }

    private final TestApp app = new TestApp(ReportPagesTest::civilians);

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void anEditorEntersAReportAndItsFiguresAreMarkedInItsText() {
        Visitor editor = app.signedIn("reem");
        HttpResponse<String> stored = editor.submit("/reports", Map.of("title", "Shelling <b>east</b>",
                "lang", "en", "text", "Shelling killed 12 civilians <script>x()</script> and 3 civilians later."));
        assertThat(stored.statusCode()).isEqualTo(303);
        String page = editor.get(stored.headers().firstValue("location").orElseThrow()).body();
        assertThat(page).contains("<mark id=\"mark-1\" title=\"#1\">12 civilians</mark>",
                "<mark id=\"mark-2\" title=\"#2\">3 civilians</mark>", "&lt;script&gt;x()&lt;/script&gt;",
                "Shelling &lt;b&gt;east&lt;/b&gt;").doesNotContain("<script>", "<b>east</b>");
    }

    @Test
    void aReportWithNoFigureSaysWhyInArabicAndEnglish() {
        Visitor editor = app.signedIn("reem");
        String report = editor.submit("/reports", Map.of("lang", "en", "text", "Dozens of people were killed in the strike."))
                .headers().firstValue("location").orElseThrow();
        assertThat(editor.get(report).body()).contains("يذكر النص أعداداً غير محددة فقط");
        assertThat(editor.get(report + "?lang=en").body())
                .contains("No casualty figure found: the text gives only vague amounts");
    }

    @Test
    void confirmingAFigureAndAttachingItToAnIncidentChangesTheDashboardTotal() {
        Visitor editor = app.signedIn("reem");
        String report = editor.submit("/reports", Map.of("lang", "en", "text", "An attack killed 40 civilians."))
                .headers().firstValue("location").orElseThrow();
        long before = Long.parseLong(total(editor));
        String claim = firstClaim(editor.get(report).body());

        editor.submit("/claims/" + claim + "/review", Map.of("status", "confirmed", "version", "0"));
        HttpResponse<String> attached = editor.submit("/claims/" + claim + "/attach",
                Map.of("incident", "new", "grade", "fair", "version", "1"));

        assertThat(attached.statusCode()).isEqualTo(303);
        assertThat(Long.parseLong(total(editor))).isEqualTo(before + 40);
        assertThat(editor.get(report).body()).contains("مؤكد");
    }

    @Test
    void aStaleReviewIsAConflictPageNotAnOverwrite() {
        Visitor editor = app.signedIn("reem");
        String report = editor.submit("/reports", Map.of("lang", "en", "text", "It killed 7 civilians."))
                .headers().firstValue("location").orElseThrow();
        String claim = firstClaim(editor.get(report).body());
        editor.submit("/claims/" + claim + "/review", Map.of("status", "confirmed", "version", "0"));
        HttpResponse<String> stale = app.signedIn("amal").submit("/claims/" + claim + "/review",
                Map.of("status", "rejected", "version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("غيّر شخص آخر هذا");
        assertThat(editor.get(report).body()).contains("مؤكد").doesNotContain("مرفوض");
    }

    @Test
    void theTallyPageAndTheReportStateTheDoubtOfUncertainLinks() {
        long source = new org.marsad.store.source.Sources(app.db).named("list", "list").id();
        org.marsad.store.victim.Victims victims = new org.marsad.store.victim.Victims(app.db);
        victims.addAll(List.of(victim(source, "x"), victim(source, "y")));
        List<Long> ids = victims.all().stream().filter(v -> v.sourceId() == source).map(org.marsad.store.victim.Victim::id)
                .sorted().toList();
        new org.marsad.store.person.LinkDecisions(app.db).replaceProposals(List.of(new org.marsad.store.person.LinkDecision(null,
                ids.get(0), ids.get(1), 0.7, org.marsad.store.person.LinkDecision.Verdict.REVIEW, "linker", null,
                org.marsad.store.person.LinkDecision.Placement.APART, 0.7, 0.7)));
        Visitor v = app.visitor();
        assertThat(v.get("/tallies?lang=en").body()).contains("uncertain links",
                "id=\"tally-doubt\"><bdi dir=\"ltr\">\u22121 / +0</bdi>");
        assertThat(v.get("/tallies/report?lang=en").body()).contains("this count may fall by about 1 person, if records");
        assertThat(v.get("/tallies/report?lang=ar").body()).contains("قد ينقص بمقدار شخص واحد إذا");
    }

    private static org.marsad.store.victim.Victim victim(long source, String key) {
        return new org.marsad.store.victim.Victim(null, source, key, "name " + key, null, null, null, null, 'M', 30, null,
                "civilian", null, java.time.LocalDate.of(2017, 8, 1), null, null, null, null, null, null);
    }

    @Test
    void theLanguageChosenOnceHoldsAcrossPages() {
        Visitor v = app.visitor();
        assertThat(v.get("/reports?lang=en").body()).contains("<html lang=\"en\" dir=\"ltr\">");
        assertThat(v.get("/tallies").body()).contains("<html lang=\"en\" dir=\"ltr\">", "Break down by");
        assertThat(v.get("/login").body()).contains("Sign in", "href=\"?lang=ar\"");
        assertThat(v.get("/?lang=ar").body()).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(v.get("/reports").body()).contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void theExplorersFilterIsPublishedAsAReportAndExportsButNamesOnlyToReaders() {
        Visitor anonymous = app.visitor();
        HttpResponse<String> report = anonymous.get("/tallies/report?group=civilian&lang=ar");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "وثّق مرصد مقتل ما لا يقل عن 1,286 مدنياً");
        HttpResponse<String> hxl = anonymous.get("/tallies/export?by=governorate&format=hxl");
        assertThat(hxl.statusCode()).isEqualTo(200);
        assertThat(hxl.body().lines().skip(1).findFirst().orElseThrow()).contains("#adm1+code", "#affected+killed");
        assertThat(anonymous.get("/tallies/export/victims?format=csv").statusCode()).isIn(302, 303, 403);
        HttpResponse<String> victims = app.signedIn("sami").get("/tallies/export/victims?format=csv");
        assertThat(victims.statusCode()).isEqualTo(200);
        assertThat(victims.body()).startsWith("id,source,record,name");
        assertThat(anonymous.get("/tallies/export?format=pdf").statusCode()).isEqualTo(400);
        assertThat(anonymous.get("/tallies?lang=en").body()).contains("id=\"publish-report\"", "id=\"export-hxl\"")
                .doesNotContain("id=\"export-victims\"");
    }

    @Test
    void theTallyExplorerBreaksDownAndLinksTheSameTallyAsJson() {
        String page = app.visitor().get("/tallies?by=group&from=2017-01-01&lang=en").body();
        assertThat(page).contains("value=\"group\" checked", "href=\"/api/v1/tallies?by&#61;group&amp;from&#61;2017-01-01&amp;lang&#61;en\"");
    }

    private static String total(Visitor v) {
        Matcher m = Pattern.compile("<bdi id=\"total-killed\">([^<]*)</bdi>").matcher(v.get("/").body());
        assertThat(m.find()).isTrue();
        return m.group(1).replace(",", "");
    }

    private static String firstClaim(String reportPage) {
        Matcher m = Pattern.compile("action=\"/claims/(\\d+)/review\"").matcher(reportPage);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
