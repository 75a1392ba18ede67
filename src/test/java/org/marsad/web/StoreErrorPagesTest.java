package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the store refuses is said in the reader's language, not quoted in English on an Arabic page. */
class StoreErrorPagesTest {
    private final TestApp app = new TestApp(ReportPagesTest::civilians);

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aDeletionWithoutReasonAndAMissingRecordAreSaidInArabic() {
        Visitor editor = app.signedIn("reem");
        long id = Visitor.json(editor.sendJson("POST", "/api/v1/victims", "{\"name\": \"Mona\", \"source\": \"Local list\"}",
                true)).path("id").asLong();
        HttpResponse<String> noReason = editor.submit("/victims/" + id + "/delete", Map.of("version", "0", "reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("dir=\"rtl\"", "اذكر سبب الحذف").doesNotContain("reason is required");

        HttpResponse<String> missing = editor.get("/victims/" + (id + 1000));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("لا يوجد سجل الضحية رقم").doesNotContain("no victim");

        editor.get("/?lang=en");
        assertThat(editor.submit("/victims/" + id + "/delete", Map.of("version", "0", "reason", "")).body())
                .contains("Say why it is deleted");
        HttpResponse<String> api = editor.sendJson("DELETE", "/api/v1/victims/" + id, "{\"reason\": \"\"}", true);
        assertThat(Visitor.json(api).path("error").path("message_ar").asText()).startsWith("اذكر سبب الحذف");
    }

    /** Every reason key the code raises has its words in both languages, so no error page fails to say it. */
    @Test
    void everyProblemKeyOfTheCodeHasArabicAndEnglishWords() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(problem\\.[a-z_]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("problem.not_found", "problem.reason_required");
        for (String lang : new String[] {"ar", "en"}) {
            Properties words = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
                words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(words.stringPropertyNames()).as(lang).containsAll(used);
        }
    }
}
