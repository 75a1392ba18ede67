package org.marsad.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What may be said of a failed database call without saying what was in it. Drivers put the rows of a
 * failed statement into their messages (PostgreSQL's "Batch entry 0 INSERT … VALUES ('name', …)"), so
 * messages and logs name only the database, the kinds of failure and their SQLSTATE codes: issue 16 saw
 * a lost connection print a victim's whole row in a 111-line stack trace.
 */
public final class DatabaseFailure {
    private DatabaseFailure() {
    }

    /** Whether the failure is the database being out of reach (connection lost or refused, server shutting down). */
    public static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("3D000") || state.equals("55000")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the failure is another writer holding the database longer than this one would wait: SQLite's
     * write lock (SQLITE_BUSY, one writer at a time) or a PostgreSQL lock not granted in time (55P03). The
     * write was not made and may be tried again later; it is not an error of the data or of Marsad.
     */
    public static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException s && s.getResultCode() != null
                    && s.getResultCode().name().startsWith("SQLITE_BUSY")) {
                return true;
            }
            if (t instanceof SQLException s && "55P03".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a database call is behind the failure at all. */
    public static boolean involved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t.getClass().getName().startsWith("org.jdbi.")) {
                return true;
            }
        }
        return false;
    }

    /** The failure's kinds and SQLSTATE codes, outermost first, with no message text: "UnableToExecuteStatementException > PSQLException 23505". */
    public static String kinds(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null && parts.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            String state = t instanceof SQLException s && s.getSQLState() != null ? " " + s.getSQLState() : "";
            parts.add(t.getClass().getSimpleName() + state);
        }
        return String.join(" > ", parts);
    }

    /**
     * A stand-in for {@code e} to log: the same kinds and stack frames (where it failed), no messages. Frames
     * hold class and method names only, never data.
     */
    public static Throwable withoutData(Throwable e) {
        RuntimeException safe = new RuntimeException(kinds(e));
        safe.setStackTrace(e.getStackTrace());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            RuntimeException cause = new RuntimeException("caused at the root by " + root.getClass().getSimpleName());
            cause.setStackTrace(root.getStackTrace());
            safe.initCause(cause);
        }
        return safe;
    }

    /** One line for a person: which database, what happened, what to do; in English and Arabic. */
    public static String describe(Throwable e, String redactedUrl) {
        if (busy(e)) {
            return "the database " + redactedUrl + " is busy with another write (an import, a link, a restore) that "
                    + "did not finish in time (" + kinds(e) + "); nothing of this change was written: run it again "
                    + "once the other is done · قاعدة البيانات مشغولة بكتابة أخرى (استيراد أو ربط أو استعادة) لم تنتهِ "
                    + "في الوقت المحدد؛ لم يُكتب شيء من هذا التغيير، فأعد تشغيله بعد انتهائها";
        }
        if (unreachable(e)) {
            return "lost the connection to the database " + redactedUrl + " (" + kinds(e)
                    + "): check that the server runs and can be reached, then run the command again; nothing after "
                    + "the last commit was written · انقطع الاتصال بقاعدة البيانات؛ تحقق من أن الخادم يعمل ثم أعد تشغيل الأمر";
        }
        return "the database " + redactedUrl + " refused the change (" + kinds(e) + "); nothing of it was written · "
                + "رفضت قاعدة البيانات التغيير ولم يُكتب منه شيء";
    }

    /** The URL of {@code url} as {@link Database#open(String)} reads it, password masked. */
    public static String redactedUrl(String url) {
        return Database.redact(Database.jdbcUrlWithoutCreating(url));
    }

    /** Present when the failure is the database being out of reach. */
    public static Optional<String> unreachableMessage(Throwable e, String redactedUrl) {
        return unreachable(e) ? Optional.of(describe(e, redactedUrl)) : Optional.empty();
    }
}
