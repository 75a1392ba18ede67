package org.marsad.store.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/** A report as received: its full text (kept verbatim, so claim spans stay valid) and its dates. */
public record Report(Long id, Long sourceId, String title, String body, String sha256, String lang,
                     LocalDate publishedOn, LocalDate periodFrom, LocalDate periodTo, Instant createdAt) {

    /** A new report, not yet stored; its sha256 is computed from the text. */
    public static Report of(Long sourceId, String title, String body, String lang, LocalDate publishedOn) {
        return new Report(null, sourceId, title, body, sha256(body), lang, publishedOn, null, null, null);
    }

    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
