package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Database;
import org.marsad.store.account.Account;
import org.marsad.store.account.ApiTokens;
import picocli.CommandLine;

/** {@code marsad user token NAME} prints a token that signs in as the account; the database keeps its hash only. */
class UserTokenCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsATokenOnceAndStoresOnlyItsHash(@TempDir Path tmp) throws Exception {
        String db = tmp.resolve("m.db").toString();
        Path secret = java.nio.file.Files.writeString(tmp.resolve("pw"), "a long enough passphrase\n");
        assertThat(run("--db", db, "user", "add", "reem", "--role", "editor", "--password-file", secret.toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("--db", db, "user", "token", "reem")).isZero();
        String token = out.toString().strip();
        assertThat(token).startsWith("marsad_").hasSizeGreaterThan(40);
        try (Database d = Database.open(db)) {
            assertThat(new ApiTokens(d).account(token)).map(Account::name).hasValue("reem");
            assertThat(new ApiTokens(d).account(token + "x")).isEmpty();
            String stored = d.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM api_token").mapTo(String.class).one());
            assertThat(stored).hasSize(64).isNotEqualTo(token).doesNotContain(token.substring(7));
        }
        assertThat(run("--db", db, "user", "token", "nobody")).isEqualTo(1);
        assertThat(err.toString()).contains("no account named 'nobody'");
    }
}
