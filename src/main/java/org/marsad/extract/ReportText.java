package org.marsad.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.marsad.InputError;

/**
 * Reads a report file as UTF-8 text, refusing what is not a report with a message that names the file:
 * a missing or unreadable file, bytes that are not UTF-8, binary content, an empty file, or a file too
 * large to be one report. The command line and the web app refuse the same things, for the same
 * {@link Reason}.
 */
public final class ReportText {

    /** 16 MB: a long observatory report is under 100 KB; a bigger file is an archive to split first. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Why bytes are not a report; the web app says it in the reader's language. */
    public enum Reason { TOO_LARGE, BINARY, NOT_UTF8, EMPTY }

    /** A refused report: the {@link Reason}, and the offset of the first bad byte where there is one. */
    public static final class Refused extends InputError {
        private final Reason reason;
        private final long at;

        Refused(Reason reason, long at, String message) {
            super(message);
            this.reason = reason;
            this.at = at;
        }

        public Reason reason() {
            return reason;
        }

        /** The byte offset of a NUL or of invalid UTF-8; the size in bytes of a file too large. */
        public long at() {
            return at;
        }
    }

    private ReportText() {
    }

    public static String read(Path file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputError(file + ": no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(file.toString(), size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputError(file + ": no such file", e);
        } catch (IOException e) {
            throw new InputError(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return decode(file.toString(), bytes);
    }

    /** The refusal of {@code size} bytes, more than one report holds. */
    public static Refused tooLarge(String name, long size) {
        return new Refused(Reason.TOO_LARGE, size, String.format(java.util.Locale.ROOT,
                "%s: %.1f MB is more than a report (at most %d MB); split it into reports",
                name, size / 1048576.0, MAX_BYTES / 1048576));
    }

    /** The text of {@code bytes}, which must be UTF-8 text with some words in it, at most {@link #MAX_BYTES}. */
    public static String decode(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, bytes.length);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new Refused(Reason.BINARY, i, name + ": binary file (a NUL byte at offset " + i + "), not a report");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(Reason.NOT_UTF8, in.position(), name + ": not UTF-8 text (invalid bytes near offset "
                    + in.position() + "); save the report as UTF-8");
        }
        return checked(name, text);
    }

    /**
     * A text already decoded (pasted into a form, sent as JSON), refused as a file would be: a NUL
     * character is binary content, and blank text is no report.
     */
    public static String checked(String name, String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new Refused(Reason.BINARY, nul, name + ": binary content (a NUL character at " + nul + "), not a report");
        }
        if (text.isBlank()) {
            throw new Refused(Reason.EMPTY, 0, name + ": empty, no report text");
        }
        return text;
    }
}
