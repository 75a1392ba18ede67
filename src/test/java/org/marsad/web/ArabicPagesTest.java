package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.store.person.PersonEdits;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.VictimEdits;
import org.marsad.store.victim.Victims;

/**
 * Crawls the app as a signed-in admin, over the demo data and a few named victims, following every link
 * of every Arabic page, and lists the Latin-script words an Arabic page still shows. Text marked as
 * another language ({@code lang="en"}: an English report's title, the language switch, a format's name)
 * is the data's or the code's, not the interface's; names from the data (sources, accounts, victims)
 * and a short list of proper names and codes are allowed. Text in {@code <code>} is what the user types as
 * written (a CSV file's column names, {@code UTF-8}, {@code YYYY-MM-DD}): code, in no language of the page.
 */
class ArabicPagesTest {
    /**
     * Proper names an Arabic page may show in Latin script: the app's, the maps' credit, and the software
     * the estimate's methods are checked against (LCMCR and dga, named beside the method in Arabic).
     */
    private static final Set<String> ALLOWED = Set.of("Marsad", "UN", "OCHA", "LCMCR", "dga");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");
    private static final int MAX_PAGES = 120;

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = new TestApp();
        long source = new Sources(app.db).named("Syrian Network", "ngo").id();
        new Victims(app.db).addAll(List.of(
                victim(source, "1", "خالد أحمد العلي", 'M', "SY1101", "airstrike", "international coalition", "civilian"),
                victim(source, "2", "Khaled Ahmad al-Ali", 'M', "C5710", "shelling", "Islamic State", "civilian"),
                victim(source, "3", "فاطمة حسن", 'F', null, "landmine", "Islamic State", "fighter")));
        // two records of one person and a deleted one, so that the person's page and the deleted list are crawled
        List<Long> ids = app.db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM victim WHERE source_id = :s ORDER BY record_key")
                .bind("s", source).mapTo(Long.class).list());
        new PersonEdits(app.db).mergeRecords(ids.subList(0, 2), "amal", "الشخص نفسه");
        VictimEdits edits = new VictimEdits(app.db);
        edits.delete(ids.get(2), "مكرر", edits.find(ids.get(2)).orElseThrow().version(), "amal");
    }

    private static Victim victim(long source, String key, String name, char sex, String pcode, String cause,
                                 String perpetrator, String status) {
        return new Victim(null, source, key, name, null, null, null, null, sex, 30, null, status, null,
                java.time.LocalDate.of(2017, 8, 20), null, pcode, cause, perpetrator, null, null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Every page reached from the start pages by links, as one visitor sees them, at most {@link #MAX_PAGES}. */
    private static java.util.Map<String, Document> crawl(Visitor v) {
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/reports", "/tallies", "/tallies?by=governorate",
                "/tallies?by=month,group", "/tallies?by=cause", "/tallies?by=perpetrator", "/tallies?by=district",
                "/tallies?by=community", "/tallies?by=status", "/tallies?by=day", "/tallies?by=year",
                "/victims?q=%D8%AE%D8%A7%D9%84%D8%AF", "/victims?q=Khaled", "/sources", "/links", "/accounts", "/account",
                "/estimate", "/reports/new", "/deleted", "/no-such-page", "/reports/999999"));
        java.util.Map<String, Document> pages = new java.util.LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            var r = v.get(path);
            if (!r.headers().firstValue("content-type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(r.body());
            pages.put(path, page);
            for (Element a : page.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("/") && !href.startsWith("/api/") && !href.startsWith("/static/")
                        && !href.startsWith("/tallies/export") && !href.contains("lang=en") && !href.startsWith("/tallies/report")) {
                    queue.add(href.replaceAll("#.*", ""));
                }
            }
        }
        return pages;
    }

    @Test
    void noArabicPageShowsUntranslatedLatinWords() {
        Set<String> dataNames = dataNames();
        java.util.Map<String, Document> pages = crawl(app.signedIn("amal"));
        List<String> found = new ArrayList<>();
        pages.forEach((path, page) -> {
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("ar");
            assertThat(page.selectFirst("html").attr("dir")).as(path).isEqualTo("rtl");
            for (String word : matches(page, LATIN_WORD, false)) {
                if (!ALLOWED.contains(word) && !dataNames.contains(word)) {
                    found.add(path + ": " + word);
                }
            }
        });
        System.out.printf("crawled %d Arabic pages; untranslated: %s%n", pages.size(), found);
        assertThat(pages.size()).isGreaterThan(25);
        assertThat(found).isEmpty();
    }

    @Test
    void withArabicIndicDigitsNoPageWritesAWesternDigitOutsideQuotedText() {
        Visitor v = app.signedIn("amal");
        v.get("/?digits=arabic_indic");
        java.util.Map<String, Document> pages = crawl(v);
        List<String> found = new ArrayList<>();
        pages.forEach((path, page) -> matches(page, Pattern.compile("[0-9]+"), true).forEach(d -> found.add(path + ": " + d)));
        System.out.printf("crawled %d pages in Arabic-Indic digits; Western digits: %s%n", pages.size(), found);
        assertThat(pages.size()).isGreaterThan(25);
        assertThat(found).isEmpty();
    }

    private static long first(String table) {
        return app.db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM " + table + " WHERE deleted_at IS NULL")
                .mapTo(Long.class).one());
    }

    /**
     * Forms posted wrong on Arabic pages: each is refused with its reason in Arabic, and the page shows no
     * Latin-script word but the values posted (the writer's own) and the names allowed on every page.
     */
    @Test
    void badFormsAreRefusedInArabic() {
        Visitor v = app.signedIn("amal");
        long victim = first("victim");
        long incident = first("incident");
        long report = first("report");
        long claim = app.db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM claim").mapTo(Long.class).one());
        record Bad(String path, Map<String, String> form, String echoed) {
        }
        List<Bad> bad = List.of(
                new Bad("/victims", Map.of("name", "سامر حسن"), ""),
                new Bad("/victims", Map.of("name", "سامر حسن", "source", "قائمة", "sex", "X"), "X"),
                new Bad("/victims", Map.of("name", "سامر حسن", "source", "قائمة", "age", "thirty"), "thirty"),
                new Bad("/victims", Map.of("name", "سامر حسن", "source", "قائمة", "date", "2017-13-45"), ""),
                new Bad("/victims", Map.of("name", "سامر حسن", "source", "قائمة", "status", "soldier"), "soldier"),
                new Bad("/victims/" + victim, Map.of("name", "سامر حسن"), ""),
                new Bad("/victims/" + victim, Map.of("name", "سامر حسن", "version", "99"), ""),
                new Bad("/victims/" + victim + "/delete", Map.of("version", "0"), ""),
                new Bad("/incidents", Map.of("from", "2017-08-20", "to", "2017-08-01"), ""),
                new Bad("/incidents", Map.of("killed_civilian", "1/2/3/4"), ""),
                new Bad("/incidents", Map.of("killed_civilian", "12/5/3"), ""),
                new Bad("/incidents", Map.of("killed_civilian", "many"), "many"),
                new Bad("/incidents/" + incident + "/victims", Map.of("records", "999999"), ""),
                new Bad("/incidents/" + incident + "/victims", Map.of("records", "abc"), "abc"),
                new Bad("/incidents/" + incident + "/merge", Map.of(), ""),
                new Bad("/claims/" + claim + "/edit", Map.of("count", "-3", "version", "0"), ""),
                new Bad("/reports/" + report + "/claims", Map.of("text", "كلمات ليست في التقرير"), ""),
                new Bad("/reports/" + report + "/claims", Map.of("count", "4", "start", "9", "end", "2"), ""),
                new Bad("/persons/" + victim + "/merge", Map.of("other", "seven"), "seven"),
                new Bad("/victims/upload", Map.of("source", "قائمة", "csv", "id,name,sex,age,date\n1,سامر,X,30,2017-01-01\n"
                        + "2,,M,30,2017-01-01\n1,هدى,F,200,1/2/2017\n"), "X"),
                new Bad("/victims/upload", Map.of("source", "قائمة", "csv", "name,sex\nسامر,M\n"), "id"));
        List<String> found = new ArrayList<>();
        for (Bad b : bad) {
            var r = v.submit(b.path(), b.form());
            String where = b.path() + " " + b.form();
            assertThat(r.statusCode()).as(where).isBetween(400, 499);
            Document page = Jsoup.parse(r.body());
            assertThat(page.selectFirst("html").attr("lang")).as(where).isEqualTo("ar");
            assertThat(page.select(".reason, .conflict, .error-line")).as(where + ": a reason is given").isNotEmpty();
            assertThat(page.select(".detail")).as(where + ": no English detail").isEmpty();
            String reasons = page.select(".reason, .conflict, .error-line").text();
            assertThat(reasons).as(where).containsPattern("\\p{IsArabic}");
            Set<String> allowed = new java.util.HashSet<>(ALLOWED);
            allowed.addAll(dataNames());
            allowed.addAll(List.of(b.echoed().split("\\s+")));
            page.select("code").remove();
            for (String word : matches(page, LATIN_WORD, false)) {
                if (!allowed.contains(word)) {
                    found.add(where + ": " + word);
                }
            }
        }
        var export = v.get("/tallies/export?format=xls");
        assertThat(export.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(export.body()).select(".reason").text()).containsPattern("\\p{IsArabic}").doesNotContain("csv");
        assertThat(found).isEmpty();
    }

    /** The words of data that may be in Latin script: names of sources, accounts and victims. */
    private static Set<String> dataNames() {
        Set<String> names = new TreeSet<>();
        List<String> texts = app.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT name FROM source UNION SELECT name FROM account UNION SELECT full_name FROM victim").mapTo(String.class).list());
        for (String t : texts) {
            Matcher m = LATIN_WORD.matcher(t);
            while (m.find()) {
                names.add(m.group());
            }
        }
        return names;
    }

    /**
     * What {@code pattern} finds in the page's text, outside elements marked as another language, scripts
     * and styles; with {@code skipVerbatim}, also outside a report's text and its quotes, kept as written.
     */
    private static Set<String> matches(Document page, Pattern pattern, boolean skipVerbatim) {
        Set<String> words = new TreeSet<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && arabicContext(text.parent())
                    && !(skipVerbatim && text.parent() instanceof Element e && e.closest(".verbatim, .quote, .title") != null)) {
                Matcher m = pattern.matcher(text.text());
                while (m.find()) {
                    words.add(m.group());
                }
            }
        }, page.body());
        return words;
    }

    private static boolean arabicContext(org.jsoup.nodes.Node n) {
        for (org.jsoup.nodes.Node e = n; e != null; e = e.parent()) {
            if (e instanceof Element el) {
                if (el.tagName().equals("script") || el.tagName().equals("style") || el.tagName().equals("code")) {
                    return false;
                }
                if (el.hasAttr("lang")) {
                    return el.attr("lang").equals("ar");
                }
            }
        }
        return true;
    }
}
