package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.marsad.InputError;
import org.marsad.security.Passwords;
import org.marsad.store.Database;
import org.marsad.store.account.Account;
import org.marsad.store.account.Accounts;
import org.marsad.store.account.ApiTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad user}: accounts of the web app. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the accounts of the web app.",
        subcommands = {UserCommand.Add.class, UserCommand.Token.class})
final class UserCommand {
    @ParentCommand
    Main main;

    /**
     * {@code marsad user token NAME}: prints a new API token for the account, once; the database keeps
     * only its hash. Scripts send it as {@code Authorization: Bearer TOKEN}.
     */
    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Print a new API token for an account (sent as 'Authorization: Bearer TOKEN'). "
                    + "It is shown only now; only its hash is stored.")
    static final class Token implements Runnable {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @ParentCommand
        UserCommand user;

        @Parameters(paramLabel = "NAME", description = "The account the token signs in as.")
        String name;

        @Override
        public void run() {
            String token;
            try (Database db = Database.open(user.main.databaseUrl())) {
                Account a = new Accounts(db).find(name).orElseThrow(() -> new InputError("no account named '" + name + "'"));
                if (a.disabled()) {
                    throw new InputError("the account '" + name + "' is disabled; an admin can enable it in the web app");
                }
                token = new ApiTokens(db).issue(name, "cli:" + System.getProperty("user.name"));
            }
            spec.commandLine().getOut().println(token);
        }
    }

    /**
     * {@code marsad user add NAME --role ROLE}: the password comes from a file or stdin, never from the
     * command line, where other users of the machine and the shell history would see it.
     */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account. The password is read from --password-file, else from stdin "
                    + "(a prompt on a terminal); it is stored only as an Argon2id hash.")
    static final class Add implements Runnable {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @ParentCommand
        UserCommand user;

        @Parameters(paramLabel = "NAME", description = "The account's login name.")
        String name;

        @Option(names = "--role", required = true, description = "admin, editor or analyst.")
        String role;

        @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
        Path passwordFile;

        @Override
        public void run() {
            Account.Role r = TallyOptions.parse(Account.Role.class, role, "--role");
            if (!Account.validName(name)) {
                throw new InputError("account name '" + name + "' may hold letters, digits, '.', '_' and '-' only");
            }
            char[] password = readPassword();
            try {
                if (password.length < Passwords.MIN_LENGTH) {
                    throw new InputError("the password needs at least " + Passwords.MIN_LENGTH + " characters");
                }
                try (Database db = Database.open(user.main.databaseUrl())) {
                    new Accounts(db).add(name, r, Passwords.hash(password), Main.actor());
                }
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println("added " + r.code() + " " + name);
        }

        private char[] readPassword() {
            try {
                if (passwordFile != null) {
                    return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("")
                            .toCharArray();
                }
                if (System.console() != null) {
                    char[] typed = System.console().readPassword("Password for %s: ", name);
                    return typed == null ? new char[0] : typed;
                }
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new InputError("cannot read the password: " + e.getMessage(), e);
            }
        }
    }
}
