package org.marsad.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM as a user would, capturing its status, stdout and stderr. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cli = Main.commandLine();
            cli.setErr(new PrintWriter(err, true));
            int status = cli.execute(args);
            System.out.flush();
            return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }
}
