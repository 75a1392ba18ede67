package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.store.report.Reports;

/** Reports sent through the web form are checked as the command line checks files, and refused fast. */
class UploadsTest {
    private final TestApp app = new TestApp();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aThreeMegabyteBinaryFileIsRefusedInArabicWithinASecondAndNothingIsStored() {
        Visitor editor = app.signedIn("reem");
        int before = new Reports(app.db).count();
        byte[] binary = new byte[3 * 1024 * 1024];
        new Random(17).nextBytes(binary);
        binary[1000] = 0;
        long started = System.nanoTime();
        HttpResponse<String> r = editor.upload("/reports", Map.of("title", "x", "lang", "ar"), "file", "photo.jpg", binary);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("dir=\"rtl\"", "هذا ملف ثنائي");
        assertThat(millis).isLessThanOrEqualTo(1_000);
        assertThat(new Reports(app.db).count()).isEqualTo(before);
    }

    @Test
    void aTwentyMegabyteTextIsRefusedAsTooLargeWithinASecondInTheReadersLanguage() {
        Visitor editor = app.signedIn("reem");
        int before = new Reports(app.db).count();
        byte[] text = new byte[20 * 1024 * 1024];
        Arrays.fill(text, (byte) 'a');
        long started = System.nanoTime();
        HttpResponse<String> r = editor.upload("/reports", Map.of("title", "x", "lang", "ar"), "file", "big.txt", text);
        System.out.printf("20 MB upload refused after %d ms, sending included%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("ميغابايت", "قسّمه إلى تقارير");
        editor.get("/?lang=en");
        HttpResponse<String> english = editor.upload("/reports", Map.of("lang", "en"), "file", "big.txt", text);
        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.body()).contains("The upload is 21 MB; a report is at most 16 MB");
        assertThat(new Reports(app.db).count()).isEqualTo(before);
    }

    /**
     * The refusal comes from the declared length: the answer arrives after the first kilobyte of a 20 MB body,
     * the rest never sent (Jetty dispatches a request when its first content arrives).
     */
    @Test
    void aTwentyMegabyteUploadIsAnsweredWithinASecondBeforeItsBodyIsSent() throws Exception {
        app.visitor().get("/"); // the first page of a JVM compiles the templates: time the refusal, not that
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.app.port())) {
            socket.setSoTimeout(5_000);
            long started = System.nanoTime();
            socket.getOutputStream().write(("POST /reports HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + 20 * 1024 * 1024 + "\r\n\r\n"
                    + "a".repeat(1024)).getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("20 MB upload refused after %d ms, 1 KB of its body sent%n", millis);
            assertThat(status).startsWith("HTTP/1.1 413");
            assertThat(millis).isLessThanOrEqualTo(1_000);
        }
    }

    @Test
    void aFileThatIsNotUtf8OrIsEmptyIsRefusedWithItsReason() {
        Visitor editor = app.signedIn("reem");
        byte[] latin1 = "Raqqa: 12 civilians killed in Tabqa \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = editor.upload("/reports", Map.of("lang", "en"), "file", "r.txt", latin1);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("ترميز الملف ليس يونيكود");
        HttpResponse<String> none = editor.upload("/reports", Map.of("lang", "en"), "file", "r.txt", new byte[0]);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("لا نص");
    }

    @Test
    void aUtf8TextFileIsStored() {
        Visitor editor = app.signedIn("reem");
        int before = new Reports(app.db).count();
        HttpResponse<String> r = editor.upload("/reports", Map.of("title", "t", "lang", "ar"), "file", "r.txt",
                "قتل ثلاثة مدنيين في الرقة".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(new Reports(app.db).count()).isEqualTo(before + 1);
    }
}
