package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI contract of DESIGN.md: exit 0, 1 with one line on stderr, or 2 for a usage error. */
class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsItsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).matches("marsad \\d+\\.\\d+\\.\\d+.*\\s*");
    }

    @Test
    void aMissingCommandOrUnknownOptionIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("serve", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option");
    }

    @Test
    void aDatabaseInAMissingFolderIsOneLineAndStatusOne(@TempDir Path tmp) {
        String db = tmp.resolve("absent").resolve("marsad.db").toString();
        assertThat(run("--db", db, "serve", "--port", "0")).isEqualTo(1);
        assertThat(err.toString()).startsWith("marsad: ").contains("absent").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }
}
