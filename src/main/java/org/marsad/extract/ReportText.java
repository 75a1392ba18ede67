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
 * large to be one report.
 */
public final class ReportText {

    /** 16 MB: a long observatory report is under 100 KB; a bigger file is an archive to split first. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

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
                throw new InputError(String.format("%s: %.1f MB is more than a report (at most %d MB); split it into reports",
                        file, size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputError(file + ": no such file", e);
        } catch (IOException e) {
            throw new InputError(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return decode(file.toString(), bytes);
    }

    /** The text of {@code bytes}, which must be UTF-8 text with some words in it. */
    static String decode(String name, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputError(name + ": binary file (a NUL byte at offset " + i + "), not a report");
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
            throw new InputError(name + ": not UTF-8 text (invalid bytes near offset " + in.position()
                    + "); save the report as UTF-8");
        }
        if (text.isBlank()) {
            throw new InputError(name + ": empty, no report text");
        }
        return text;
    }
}
