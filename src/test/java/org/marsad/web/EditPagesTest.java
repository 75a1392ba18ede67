package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.store.victim.Victims;

/** The edit pages over real HTTP: forms, the 409 page in the reader's language, the incident page, the CSV upload. */
class EditPagesTest {
    private final TestApp app = new TestApp(ReportPagesTest::civilians);

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aStaleEditFormAnswersA409PageInTheReadersLanguage() {
        Visitor editor = app.signedIn("reem");
        long id = Visitor.json(editor.sendJson("POST", "/api/v1/victims", "{\"name\": \"Mona\", \"source\": \"Local list\"}",
                true)).path("id").asLong();
        assertThat(editor.submit("/victims/" + id, Map.of("name", "Mona Ali", "version", "0")).statusCode()).isEqualTo(303);

        HttpResponse<String> arabic = editor.submit("/victims/" + id, Map.of("name", "Muna", "version", "0"));
        assertThat(arabic.statusCode()).isEqualTo(409);
        assertThat(arabic.body()).contains("dir=\"rtl\"", "غيّر شخص آخر سجل الضحية رقم " + id, "النسخة 1",
                "href=\"/victims/" + id + "\"");
        editor.get("/?lang=en");
        HttpResponse<String> english = editor.submit("/victims/" + id, Map.of("name", "Muna", "version", "0"));
        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(english.body()).contains("Victim record #" + id + " was changed by someone else", "version 1");
        assertThat(editor.get("/victims/" + id).body()).contains("Mona Ali").doesNotContain("Muna");
    }

    @Test
    void theIncidentPageShowsItsFiguresNamedVictimsAndSourcesAndReportsLinkToIt() {
        Visitor editor = app.signedIn("reem");
        HttpResponse<String> stored = editor.submit("/reports", Map.of("title", "Old city", "lang", "en",
                "text", "Shelling killed 12 civilians in the old city."));
        String report = stored.headers().firstValue("location").orElseThrow();
        JsonNode claim = Visitor.json(editor.get("/api/v1" + report)).path("claims").get(0);
        editor.submit("/claims/" + claim.path("id").asLong() + "/attach", Map.of("incident", "new", "grade", "fair",
                "version", claim.path("version").asText()));
        long incident = Visitor.json(editor.get("/api/v1/claims/" + claim.path("id").asLong())).path("incident_id").asLong();
        assertThat(editor.get(report).body()).contains("href=\"/incidents/" + incident + "\"");

        long a = Visitor.json(editor.sendJson("POST", "/api/v1/victims", "{\"name\": \"سامر العلي\", \"source\": \"Local list\"}",
                true)).path("id").asLong();
        long b = Visitor.json(editor.sendJson("POST", "/api/v1/victims", "{\"name\": \"هدى العلي\", \"source\": \"Local list\"}",
                true)).path("id").asLong();
        assertThat(editor.submit("/incidents/" + incident + "/victims", Map.of("records", a + "، " + b)).statusCode())
                .isEqualTo(303);
        String page = editor.get("/incidents/" + incident + "?lang=en").body();
        assertThat(page).contains("Incident #" + incident, "سامر العلي", "هدى العلي", "id=\"named-count\">2<",
                "href=\"" + report + "#figure-1\"", "Local list");
        assertThat(app.visitor().get("/incidents/" + incident).body()).as("visitors see the incident, not the names")
                .contains("#" + incident).doesNotContain("سامر العلي");
    }

    @Test
    void aVictimsCsvIsPreviewedWithItsErrorsByLineBeforeAnythingIsWritten() {
        Visitor editor = app.signedIn("reem");
        int before = new Victims(app.db).count();
        String bad = "id,name,sex,age\n1,أحمد الخطيب,M,30\n2,,F,20\n3,سارة علي,X,7\n4,Omar,M,40\n";
        HttpResponse<String> refused = upload(editor, "bad.csv", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("السطر 3: حقل مطلوب فارغ: <code>name</code>", "السطر 4: الجنس ذكر أو أنثى، لا «X».",
                "لم يُكتب شيء");
        assertThat(new Victims(app.db).count()).isEqualTo(before);

        String good = "id,name,sex,age,date,place\n1,أحمد الخطيب,M,30,2017-08-20,الرقة\n2,فاطمة علي,F,20,2017-08-20,الرقة\n"
                + "3,Omar Hassan,M,40,2017-08-21,Raqqa\n";
        HttpResponse<String> preview = upload(editor, "list.csv", good);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"row-count\">3<", "أحمد الخطيب", "Omar Hassan", "ذكر");
        assertThat(new Victims(app.db).count()).as("a preview writes nothing").isEqualTo(before);

        HttpResponse<String> imported = editor.submit("/victims/upload/import", Map.of("source", "Family list",
                "filename", "list.csv", "csv", good));
        assertThat(imported.body()).contains("id=\"added\">3<", "id=\"present\">0<");
        assertThat(new Victims(app.db).count()).isEqualTo(before + 3);
        HttpResponse<String> again = editor.submit("/victims/upload/import", Map.of("source", "Family list",
                "filename", "list.csv", "csv", good));
        assertThat(again.body()).contains("id=\"added\">0<", "id=\"present\">3<");
    }

    private HttpResponse<String> upload(Visitor v, String filename, String csv) {
        String boundary = "marsad-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + v.csrf() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nFamily list\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return v.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.app.port() + "/victims/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    @Test
    void theIncidentPagePinsItsPlaceOnTheShippedBordersAtThePlacesCoordinates() {
        Visitor editor = app.signedIn("reem");
        long east = Visitor.json(editor.sendJson("POST", "/api/v1/incidents",
                "{\"place_pcode\": \"C5167\", \"grade\": \"weak\"}", true)).path("id").asLong();
        long west = Visitor.json(editor.sendJson("POST", "/api/v1/incidents",
                "{\"place_pcode\": \"C3480\", \"grade\": \"weak\"}", true)).path("id").asLong();
        long nowhere = Visitor.json(editor.sendJson("POST", "/api/v1/incidents", "{\"grade\": \"weak\"}", true))
                .path("id").asLong();
        String arabic = editor.get("/incidents/" + east).body();
        assertThat(arabic).contains("id=\"incident-map\"", "<svg", "مكان الحادثة", "البوكمال", "UN OCHA")
                .doesNotContain("http://tile", "https://");
        String english = editor.get("/incidents/" + east + "?lang=en").body();
        assertThat(english).contains("Abu Kamal", "Borders: UN OCHA (2015)");
        double eastX = pinX(english);
        double westX = pinX(editor.get("/incidents/" + west + "?lang=en").body());
        assertThat(eastX).as("Abu Kamal lies east of Latakia; the map is never mirrored").isGreaterThan(westX + 300);
        assertThat(pinX(editor.get("/incidents/" + east + "?lang=ar").body())).isEqualTo(eastX);
        assertThat(editor.get("/incidents/" + nowhere).body()).doesNotContain("id=\"incident-map\"");
    }

    private static double pinX(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<circle cx=\"([0-9.]+)\"[^>]*fill=\"#b2182b\"")
                .matcher(page);
        assertThat(m.find()).as("a pin on the page").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
