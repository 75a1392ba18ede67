package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.security.Passwords;
import org.marsad.store.Database;
import org.marsad.store.account.Accounts;
import org.marsad.store.audit.AuditLog;
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

    @Test
    void userAddStoresAnArgon2idHashAndAuditsIt(@TempDir Path tmp) throws Exception {
        String db = tmp.resolve("m.db").toString();
        Path secret = java.nio.file.Files.writeString(tmp.resolve("pw"), "a long enough passphrase\n");
        assertThat(run("--db", db, "user", "add", "reem", "--role", "editor", "--password-file", secret.toString()))
                .isZero();
        assertThat(out.toString()).contains("added editor reem").doesNotContain("passphrase");
        try (Database d = Database.open(db)) {
            String hash = new Accounts(d).find("reem").orElseThrow().passwordHash();
            assertThat(hash).startsWith("$argon2id$");
            assertThat(Passwords.verify("a long enough passphrase".toCharArray(), hash)).isTrue();
            assertThat(new AuditLog(d).verify()).isEmpty();
        }
        assertThat(run("--db", db, "audit", "verify")).isZero();
        assertThat(out.toString()).endsWith("OK\n");
    }

    @Test
    void aShortPasswordOrAnUnknownRoleIsRefused(@TempDir Path tmp) throws Exception {
        String db = tmp.resolve("m.db").toString();
        Path shortOne = java.nio.file.Files.writeString(tmp.resolve("pw"), "short\n");
        assertThat(run("--db", db, "user", "add", "reem", "--role", "editor", "--password-file", shortOne.toString()))
                .isEqualTo(1);
        assertThat(run("--db", db, "user", "add", "reem", "--role", "boss", "--password-file", shortOne.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("at least 12 characters", "boss").doesNotContain("short\n");
    }

    @Test
    void auditVerifyNamesAnEditedEntryAndExitsOne(@TempDir Path tmp) {
        String db = tmp.resolve("m.db").toString();
        try (Database d = Database.open(db)) {
            AuditLog log = new AuditLog(d);
            log.append("reem", "claim.review", "claim", "1", null, "{}");
            long edited = log.append("reem", "claim.review", "claim", "2", null, "{}").id();
            d.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET after_json = '{\"forged\":1}' WHERE id = ?", edited));
        }
        assertThat(run("--db", db, "audit", "head")).isZero();
        assertThat(out.toString()).contains("\"entries\":2").containsPattern("\"head\":\"[0-9a-f]{64}\"");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db, "audit", "verify")).isEqualTo(1);
        assertThat(out.toString()).startsWith("BROKEN entries whose seal does not hold").contains("re-chained without the key): 2 ·");
    }
}
