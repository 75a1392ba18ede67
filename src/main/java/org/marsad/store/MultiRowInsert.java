package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * {@code INSERT … VALUES (…), (…), …}: a few hundred rows a statement instead of one, on both databases.
 * On SQLite a statement inside a transaction keeps a journal of the pages it touches so that it alone can
 * be undone, and a victim's row touches nine B-trees: one statement a row wrote that journal 2 million
 * times for 300,000 rows (see {@link BulkWrites}). On PostgreSQL it is one round trip a statement.
 */
public final class MultiRowInsert {
    /** Values bound in one statement at most: under SQLite's 32,766 and PostgreSQL's 65,535. */
    static final int MAX_VALUES = 30_000;
    /**
     * Rows in one statement at most: past a few hundred the statement's journal and its parse grow and
     * little more is saved. Processor time of 300,000 victims into SQLite (sqlite-jdbc 3.54.1.0, a loop of
     * plain JDBC, 2026-12-06): 1 row a statement 25.4 s, 100 rows 8.0 s, 500 rows 6.1 s; with the
     * statement journal in memory ({@link BulkWrites}) 1 row 7.8 s, 500 rows 4.4 s.
     */
    static final int MAX_ROWS = 500;

    private final String table;
    private final List<String> columns;
    private final String tail;
    private final int rowsPerStatement;

    /**
     * Inserts into {@code table}'s {@code columns}, each statement ending with {@code tail} (an
     * {@code ON CONFLICT} or {@code RETURNING} clause, or empty).
     */
    public MultiRowInsert(String table, List<String> columns, String tail) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.tail = tail;
        this.rowsPerStatement = rowsPerStatement(columns.size());
    }

    /** Binds row {@code row}'s values from parameter {@code first} on ({@code first} is 1 for the statement's first row). */
    @FunctionalInterface
    public interface Row {
        void bind(PreparedStatement s, int first, int row) throws SQLException;
    }

    /** Reads the rows a statement returns (its {@code RETURNING} clause). */
    @FunctionalInterface
    public interface Returned {
        void read(ResultSet rs) throws SQLException;
    }

    /** Inserts rows 0 to {@code rows - 1} in the handle's transaction; returns how many the database added. */
    public long write(Handle h, int rows, Row row) {
        return write(h, rows, row, null);
    }

    /**
     * {@link #write(Handle, int, Row)} for a statement with a {@code RETURNING} clause, each returned row
     * given to {@code returned}; returns how many rows came back.
     */
    public long write(Handle h, int rows, Row row, Returned returned) {
        try {
            return write(h.getConnection(), rows, row, returned);
        } catch (SQLException e) {
            // no context: the statement's text and values stay out of the message (DatabaseFailure)
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** {@link #write(Handle, int, Row, Returned)} on a plain connection, in its transaction; {@code returned} may be null. */
    public long write(Connection c, int rows, Row row, Returned returned) throws SQLException {
        long added = 0;
        int at = 0;
        if (rows >= rowsPerStatement) {
            try (PreparedStatement full = c.prepareStatement(sql(table, columns, rowsPerStatement, tail))) {
                for (; at + rowsPerStatement <= rows; at += rowsPerStatement) {
                    added += run(full, at, rowsPerStatement, row, returned);
                }
            }
        }
        if (at < rows) {
            try (PreparedStatement rest = c.prepareStatement(sql(table, columns, rows - at, tail))) {
                added += run(rest, at, rows - at, row, returned);
            }
        }
        return added;
    }

    private long run(PreparedStatement s, int from, int rows, Row row, Returned returned) throws SQLException {
        for (int i = 0; i < rows; i++) {
            row.bind(s, i * columns.size() + 1, from + i);
        }
        if (returned == null) {
            return s.executeUpdate();
        }
        long n = 0;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                returned.read(rs);
                n++;
            }
        }
        return n;
    }

    /** Rows a statement of {@code columns} columns takes. */
    public static int rowsPerStatement(int columns) {
        return Math.max(1, Math.min(MAX_ROWS, MAX_VALUES / columns));
    }

    /** {@code INSERT INTO table (columns) VALUES} and {@code rows} groups of placeholders, then {@code tail}. */
    static String sql(String table, List<String> columns, int rows, String tail) {
        String group = "(" + "?, ".repeat(columns.size() - 1) + "?)";
        StringBuilder sql = new StringBuilder(64 + rows * (group.length() + 2))
                .append("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns)).append(") VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(group);
        }
        return sql.append(tail.isEmpty() ? "" : " ").append(tail).toString();
    }
}
