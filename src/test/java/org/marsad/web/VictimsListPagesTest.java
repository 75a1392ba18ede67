package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.VictimEdits;
import org.marsad.store.victim.Victims;

/**
 * The victims list and a name search, followed by their links as a reader follows them (pages by record
 * number), show every live record once, in number order, with the page numbers right.
 */
class VictimsListPagesTest {
    private final TestApp app = new TestApp();

    @AfterEach
    void stop() {
        app.close();
    }

    private List<Long> live() {
        return app.db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM victim WHERE deleted_at IS NULL ORDER BY id")
                .mapTo(Long.class).list());
    }

    private void add(int n, String name) {
        long source = new Sources(app.db).named("list", "list").id();
        List<Victim> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(new Victim(null, source, name + i, name + " " + i, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null));
        }
        new Victims(app.db).addAll(records);
    }

    private static List<Long> shown(Document page) {
        return page.select("#victims tbody tr td:first-child a").stream()
                .map(a -> Long.parseLong(a.attr("href").replace("/victims/", ""))).toList();
    }

    private static String link(Document page, String rel) {
        Element a = page.selectFirst("nav.pages a[rel=" + rel + "]");
        return a == null ? null : "/victims" + a.attr("href");
    }

    @Test
    void nextAndPreviousLinksWalkTheWholeListOnceWithItsPageNumbers() {
        add(45, "سامر");
        List<Long> ids = live();
        VictimEdits edits = new VictimEdits(app.db);
        edits.delete(ids.get(12), "entered twice", 0, "reem");
        List<Long> expected = live();
        Visitor v = app.signedIn("sami");

        List<Long> walked = new ArrayList<>();
        List<Document> pages = new ArrayList<>();
        for (String path = "/victims?size=10"; path != null; ) {
            Document page = Jsoup.parse(v.get(path).body());
            pages.add(page);
            walked.addAll(shown(page));
            path = link(page, "next");
        }
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(pages).hasSize(5);
        assertThat(link(pages.get(4), "next")).as("the last page links no further").isNull();
        assertThat(link(pages.get(3), "next")).contains("after=" + expected.get(39), "page=5", "size=10");

        // back from the last page by its previous links: the same pages, in the same order
        List<List<Long>> back = new ArrayList<>();
        Document page = pages.get(4);
        for (String path = link(page, "prev"); path != null; path = link(page, "prev")) {
            page = Jsoup.parse(v.get(path).body());
            back.add(0, shown(page));
        }
        assertThat(back).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(back.get(i)).as("page %d", i + 1).containsExactlyElementsOf(shown(pages.get(i)));
        }
        assertThat(shown(Jsoup.parse(v.get("/victims?size=10&page=3").body()))).as("a page by its number")
                .containsExactlyElementsOf(shown(pages.get(2)));
        assertThat(Visitor.json(v.get("/api/v1/victims?size=5&after=" + expected.get(9))).path("items").findValuesAsText("id"))
                .containsExactlyElementsOf(expected.subList(10, 15).stream().map(String::valueOf).toList());
    }

    @Test
    void aNameSearchGoesOnPageAfterPageToItsLastMatch() {
        add(23, "هدى");
        add(5, "نزار");
        List<Long> expected = live().subList(0, 23);
        Visitor v = app.signedIn("sami");
        List<Long> walked = new ArrayList<>();
        int pages = 0;
        for (String path = "/victims?size=10&q=%D9%87%D8%AF%D9%89"; path != null; pages++) {
            Document page = Jsoup.parse(v.get(path).body());
            walked.addAll(shown(page));
            path = link(page, "next");
        }
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
    }
}
