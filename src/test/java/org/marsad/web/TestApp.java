package org.marsad.web;

import io.javalin.Javalin;
import java.util.List;
import java.util.function.Function;
import org.marsad.demo.DemoData;
import org.marsad.extract.Claim;
import org.marsad.extract.Extraction;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.security.FieldCipher;
import org.marsad.security.Passwords;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.TestDatabases;
import org.marsad.store.account.Account.Role;
import org.marsad.store.account.Accounts;

/**
 * The web app on a random port over a fresh SQLite file with the demo data and one account of each
 * role (admin "amal", editor "reem", analyst "sami"; every password {@link #PASSWORD}).
 */
final class TestApp implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";
    /** Hashed once per test JVM: Argon2id is slow on purpose. */
    private static final String HASH = Passwords.hash(PASSWORD.toCharArray());

    final Database db = TestDatabases.fresh(Dialect.SQLITE);
    final FieldCipher cipher = FieldCipher.random();
    final Javalin app;

    TestApp() {
        this(text -> List.of());
    }

    TestApp(Function<String, List<Claim>> claims) {
        this(claims, text -> List.of());
    }

    /** With stand-ins for the extractor's figures and named victims of a report's text. */
    TestApp(Function<String, List<Claim>> claims, Function<String, List<NamedVictim>> victims) {
        DemoData.load(db);
        Accounts accounts = new Accounts(db);
        accounts.add("amal", Role.ADMIN, HASH);
        accounts.add("reem", Role.EDITOR, HASH);
        accounts.add("sami", Role.ANALYST, HASH);
        app = new WebApp(db, WebApp.Settings.of(cipher)
                .withReader(text -> new Extraction("en", claims.apply(text), List.of(), victims.apply(text)))).create().start("127.0.0.1", 0);
    }

    Visitor visitor() {
        return new Visitor(app);
    }

    /** A visitor signed in as that account. */
    Visitor signedIn(String name) {
        Visitor v = visitor();
        v.signIn(name, PASSWORD);
        return v;
    }

    @Override
    public void close() {
        app.stop();
        db.close();
    }
}
