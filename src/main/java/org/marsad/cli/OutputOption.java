package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.InputError;
import picocli.CommandLine.Option;

/** {@code --out FILE}: where a command writes its result; stdout when not given. Output is UTF-8. */
final class OutputOption {
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.")
    Path out;

    /** Streams what {@code body} writes to the file or stdout; a file that cannot be written is a user error. */
    void write(WriterBody body) {
        try (Writer w = open()) {
            body.writeTo(w);
        } catch (IOException e) {
            throw new InputError("cannot write " + (out == null ? "standard output" : out) + ": " + reason(e));
        } catch (UncheckedIOException e) {
            throw new InputError("cannot write " + (out == null ? "standard output" : out) + ": " + reason(e.getCause()));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    interface WriterBody {
        void writeTo(Writer w) throws IOException;
    }

    private Writer open() throws IOException {
        if (out == null) {
            // stdout stays open for whoever reads it after us: closing only flushes
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
}
