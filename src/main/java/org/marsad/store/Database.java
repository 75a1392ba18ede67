package org.marsad.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;

/**
 * An open Marsad database: the embedded SQLite file by default, or a PostgreSQL server. Opening it
 * applies the Flyway migrations, so every command sees the current schema. Close it when done.
 */
public final class Database implements AutoCloseable {

    /** Where the embedded database lives unless told otherwise, relative to MARSAD_HOME or the working directory. */
    public static final Path DEFAULT_FILE = Path.of("marsad-data", "marsad.db");

    private final Dialect dialect;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(Dialect dialect, HikariDataSource dataSource) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens and migrates the database at {@code url}: null for the default file, a file path,
     * {@code jdbc:sqlite:…} or {@code jdbc:postgresql://…}.
     */
    public static Database open(String url) {
        String jdbcUrl = jdbcUrl(url);
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            checkSqliteFile(jdbcUrl);
        }
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config(dialect, jdbcUrl));
        } catch (HikariPool.PoolInitializationException e) {
            throw new InputError("cannot open database " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        Database db = new Database(dialect, ds);
        try {
            db.migrate();
        } catch (FlywayException e) {
            db.close();
            throw new InputError("cannot migrate database " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        return db;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Applies pending migrations; applying them again is a no-op. Returns how many were applied. */
    public int migrate() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/dialect/" + dialect.name().toLowerCase(java.util.Locale.ROOT))
                .placeholders(dialect.placeholders())
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /** A number that changes whenever counted data (victims, incidents, claims, places…) changes. */
    public long dataVersion() {
        return jdbi.withHandle(h -> h.createQuery("SELECT n FROM data_version WHERE id = 1").mapTo(Long.class).one());
    }

    @Override
    public void close() {
        dataSource.close();
    }

    static String jdbcUrl(String url) {
        if (url == null || url.isBlank()) {
            Path home = Path.of(System.getenv().getOrDefault("MARSAD_HOME", ""));
            Path file = home.resolve(DEFAULT_FILE).toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
            } catch (java.io.IOException e) {
                throw new InputError("cannot create the data folder " + file.getParent() + ": " + e.getMessage());
            }
            return "jdbc:sqlite:" + file;
        }
        return url.startsWith("jdbc:") ? url : "jdbc:sqlite:" + Path.of(url).toAbsolutePath();
    }

    /** Fails with one line when the file's folder is missing or the file cannot be read and written. */
    private static void checkSqliteFile(String jdbcUrl) {
        String name = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = name.indexOf('?');
        if (query >= 0) {
            name = name.substring(0, query);
        }
        if (name.isEmpty() || name.equals(":memory:") || name.startsWith("file:")) {
            return;
        }
        Path file = Path.of(name);
        Path dir = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new InputError("database path " + file + " is a folder, not a database file");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputError("database folder " + dir + " does not exist");
        }
        if (Files.exists(file) && !(Files.isReadable(file) && Files.isWritable(file))) {
            throw new InputError("database file " + file + " cannot be read and written by this user");
        }
        if (!Files.exists(file) && !Files.isWritable(dir)) {
            throw new InputError("database folder " + dir + " is not writable");
        }
    }

    private static HikariConfig config(Dialect dialect, String jdbcUrl) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(jdbcUrl);
        c.setPoolName("marsad");
        c.setInitializationFailTimeout(1);
        c.setConnectionTimeout(10_000);
        if (dialect == Dialect.SQLITE) {
            // WAL lets readers (the web app) go on while one writer imports; foreign keys are off in
            // SQLite unless asked for on every connection; the busy timeout makes a second writer wait
            // instead of failing at once.
            c.addDataSourceProperty("journal_mode", "WAL");
            c.addDataSourceProperty("foreign_keys", "true");
            c.addDataSourceProperty("busy_timeout", "10000");
            c.addDataSourceProperty("synchronous", "NORMAL");
            // Every transaction takes the write lock when it begins (BEGIN IMMEDIATE), so it waits on the
            // busy timeout. A deferred transaction that read first and then wrote after another writer
            // committed could not wait: SQLite refused it at once with SQLITE_BUSY (16 of 20 concurrent
            // reviewers got HTTP 500, issue 16). Reads outside transactions are not held up.
            c.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            // readers do not block each other under WAL; a writer waits on the busy timeout
            c.setMaximumPoolSize(10);
        } else {
            c.setMaximumPoolSize(10);
        }
        return c;
    }

    /** The URL as it may appear in a message: without a password. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** The two databases Marsad runs on, and the column types that differ between them. */
    public enum Dialect {
        SQLITE(Map.of("pk", "INTEGER PRIMARY KEY AUTOINCREMENT", "real", "REAL")),
        POSTGRESQL(Map.of("pk", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "real", "DOUBLE PRECISION"));

        private final Map<String, String> placeholders;

        Dialect(Map<String, String> placeholders) {
            this.placeholders = placeholders;
        }

        Map<String, String> placeholders() {
            return placeholders;
        }

        /** SQL for the distinct values of a column in a group, as one comma-separated text. */
        public String distinctList(String column) {
            return this == SQLITE ? "GROUP_CONCAT(DISTINCT " + column + ")"
                    : "STRING_AGG(DISTINCT CAST(" + column + " AS TEXT), ',')";
        }

        static Dialect of(String jdbcUrl) {
            if (jdbcUrl.startsWith("jdbc:sqlite:")) {
                return SQLITE;
            }
            if (jdbcUrl.startsWith("jdbc:postgresql:")) {
                return POSTGRESQL;
            }
            throw new InputError("unsupported database URL " + redact(jdbcUrl)
                    + ": expected a file path, jdbc:sqlite:… or jdbc:postgresql://…");
        }
    }
}
