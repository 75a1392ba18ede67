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
import org.marsad.security.Keeping;
import org.marsad.security.OwnerOnly;
import org.marsad.store.audit.AuditAnchor;
import org.marsad.store.audit.AuditSeal;
import org.marsad.store.audit.LegacyAudit;

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
    private final String redactedUrl;
    private Keeping keeping;
    private Keeping.Key key;
    private String databaseId;

    private Database(Dialect dialect, HikariDataSource dataSource, String redactedUrl) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.redactedUrl = redactedUrl;
        this.jdbi = Jdbi.create(dataSource);
        if (dialect == Dialect.POSTGRESQL) {
            RetriedWrites.install(jdbi);
        }
    }

    /**
     * Opens and migrates the database at {@code url}: null for the default file, a file path,
     * {@code jdbc:sqlite:…} or {@code jdbc:postgresql://…}; its key and audit anchor where the environment
     * keeps them ({@link Keeping}).
     */
    public static Database open(String url) {
        return open(url, Keeping.of(System.getenv()));
    }

    /** {@link #open(String)} with the key and anchors kept where {@code keeping} says. */
    public static Database open(String url, Keeping keeping) {
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
        Database db = new Database(dialect, ds, redact(jdbcUrl));
        try {
            db.migrate();
            if (dialect == Dialect.SQLITE) {
                restrictFiles(jdbcUrl);
            }
            db.identify(keeping);
            // an import whose process died left records that count for nothing: removed before any work
            org.marsad.store.victim.VictimImports.cleanUp(db);
        } catch (FlywayException e) {
            db.close();
            throw new InputError("cannot migrate database " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * Reads who this database is and checks its key: a database opened for the first time (or one from
     * before keys were kept apart) records its id and its key's fingerprint, and its audit entries are
     * sealed under that key from then on; a known database must find the very key it was created with.
     */
    private void identify(Keeping keeping) {
        this.keeping = keeping;
        var known = jdbi.withHandle(h -> h.createQuery("SELECT database_id, key_check FROM database_identity WHERE id = 1")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findOne());
        if (known.isPresent()) {
            key = keeping.key(false);
            if (!key.check().equals(known.get()[1])) {
                throw new InputError("the key " + keeping.where() + " is not the key of database " + redactedUrl
                        + " (set MARSAD_KEY_FILE to the key kept with this database) · المفتاح " + keeping.where()
                        + " ليس مفتاح قاعدة البيانات هذه");
            }
            databaseId = known.get()[0];
        } else {
            key = keeping.key(true);
            String id = java.util.UUID.randomUUID().toString();
            AuditSeal seal = jdbi.getConfig(AuditSeal.class);
            seal.use(key.auditKey(), new AuditAnchor(keeping.anchors().resolve(id + ".head")));
            jdbi.useTransaction(h -> {
                int inserted = h.createUpdate("INSERT INTO database_identity (id, database_id, key_check, created_at) "
                                + "VALUES (1, :id, :check, :at) ON CONFLICT (id) DO NOTHING")
                        .bind("id", id).bind("check", key.check()).bind("at", Columns.now().toString()).execute();
                if (inserted == 1) {
                    LegacyAudit.reseal(h);
                }
            });
            // of two processes opening a new database at once, the first one's identity stands
            String[] row = jdbi.withHandle(h -> h.createQuery("SELECT database_id, key_check FROM database_identity")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).one());
            if (!row[1].equals(key.check())) {
                throw new InputError("the key " + keeping.where() + " is not the key of database " + redactedUrl);
            }
            databaseId = row[0];
        }
        jdbi.getConfig(AuditSeal.class).use(key.auditKey(), new AuditAnchor(keeping.anchors().resolve(databaseId + ".head")));
    }

    /** The secret key this database was opened with: its field cipher and audit seal. */
    public Keeping.Key key() {
        return key;
    }

    /** Where this database's key and anchor are kept. */
    public Keeping keeping() {
        return keeping;
    }

    /** This database's own id, which names its audit anchor. */
    public String databaseId() {
        return databaseId;
    }

    /** The database's URL as a message may show it (password masked). */
    public String redactedUrl() {
        return redactedUrl;
    }

    /** The file of an SQLite database and its write-ahead log are the owner's alone (0600). */
    private static void restrictFiles(String jdbcUrl) {
        String name = sqliteFile(jdbcUrl);
        if (name == null) {
            return;
        }
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                OwnerOnly.restrict(Path.of(name + suffix));
            }
        } catch (java.io.IOException e) {
            throw new InputError("cannot make the database file " + name + " owner-only: " + e.getMessage(), e);
        }
    }

    /** The file name of an SQLite URL, or null for an in-memory database. */
    static String sqliteFile(String jdbcUrl) {
        String name = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = name.indexOf('?');
        if (query >= 0) {
            name = name.substring(0, query);
        }
        return name.isEmpty() || name.equals(":memory:") || name.startsWith("file:") ? null : name;
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

    /** Whether the database answers now; false when it is out of reach. */
    public boolean answers() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            if (DatabaseFailure.involved(e)) {
                return false;
            }
            throw e;
        }
    }

    /** A number that changes whenever counted data (victims, incidents, claims, places…) changes. */
    public long dataVersion() {
        return jdbi.withHandle(h -> h.createQuery("SELECT n FROM data_version WHERE id = 1").mapTo(Long.class).one());
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** {@link #jdbcUrl} without creating the data folder, for messages. */
    static String jdbcUrlWithoutCreating(String url) {
        if (url == null || url.isBlank()) {
            return "jdbc:sqlite:" + Path.of(System.getenv().getOrDefault("MARSAD_HOME", "")).resolve(DEFAULT_FILE).toAbsolutePath();
        }
        return url.startsWith("jdbc:") ? url : "jdbc:sqlite:" + Path.of(url).toAbsolutePath();
    }

    static String jdbcUrl(String url) {
        if (url == null || url.isBlank()) {
            Path home = Path.of(System.getenv().getOrDefault("MARSAD_HOME", ""));
            Path file = home.resolve(DEFAULT_FILE).toAbsolutePath();
            try {
                if (!Files.isDirectory(file.getParent())) {
                    Files.createDirectories(file.getParent());
                    OwnerOnly.restrict(file.getParent());
                }
            } catch (java.io.IOException e) {
                throw new InputError("cannot create the data folder " + file.getParent() + ": " + e.getMessage());
            }
            return "jdbc:sqlite:" + file;
        }
        return url.startsWith("jdbc:") ? url : "jdbc:sqlite:" + Path.of(url).toAbsolutePath();
    }

    /** Fails with one line when the file's folder is missing or the file cannot be read and written. */
    private static void checkSqliteFile(String jdbcUrl) {
        String name = sqliteFile(jdbcUrl);
        if (name == null) {
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
            // The server's detail of an error quotes the row that failed (a victim's name, age, place):
            // keep it out of exceptions and so out of logs and messages.
            c.addDataSourceProperty("logServerErrorDetail", "false");
        }
        return c;
    }

    /** The URL as it may appear in a message: without a password. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public static String rootMessage(Throwable e) {
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

        public Map<String, String> placeholders() {
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
