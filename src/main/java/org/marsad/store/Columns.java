package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reading and writing the column types that SQLite and PostgreSQL store differently: dates and instants
 * are ISO-8601 text in both, and nullable numbers are read without the JDBC 0-for-null trap.
 */
public final class Columns {
    private Columns() {
    }

    public static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Instant.parse(s);
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** Timestamps are kept to the millisecond so they read back equal on both databases. */
    public static Instant now() {
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }
}
