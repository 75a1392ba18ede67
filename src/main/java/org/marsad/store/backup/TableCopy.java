package org.marsad.store.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.store.MultiRowInsert;

/**
 * Copies Marsad's tables row by row from one database to another of the same schema, SQLite or
 * PostgreSQL either way: the logical copy behind backups from PostgreSQL and every restore. Tables go
 * in the order of their foreign keys; rows of a table that refers to itself (a place and its parent)
 * go parents first. The caller owns both connections' transactions.
 */
final class TableCopy {
    /** Rows read ahead and sent to the target at once, in statements of several hundred rows each. */
    private static final int BATCH = 5_000;

    private TableCopy() {
    }

    /** The tables of {@code target} other than {@code skip}, each after the tables it refers to. */
    static List<String> tables(Connection target, Set<String> skip) throws SQLException {
        DatabaseMetaData meta = target.getMetaData();
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if ((schema == null || schema.equals("public")) && !name.startsWith("sqlite_") && !skip.contains(name)) {
                    names.add(name);
                }
            }
        }
        Map<String, Set<String>> refersTo = new HashMap<>();
        for (String t : names) {
            Set<String> deps = new HashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, null, t)) {
                while (rs.next()) {
                    String pk = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!pk.equals(t) && names.contains(pk)) {
                        deps.add(pk);
                    }
                }
            }
            refersTo.put(t, deps);
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (ordered.size() < names.size()) {
            boolean moved = false;
            for (String t : names) {
                if (!placed.contains(t) && placed.containsAll(refersTo.get(t))) {
                    ordered.add(t);
                    placed.add(t);
                    moved = true;
                }
            }
            if (!moved) {
                throw new IllegalStateException("the tables' foreign keys form a cycle: " + names);
            }
        }
        return ordered;
    }

    /** Copies every row of {@code table}; returns how many. */
    static long copy(Connection from, Connection to, String table) throws SQLException {
        SelfReference self = selfReference(to, table);
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData m = rs.getMetaData();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                columns.add(m.getColumnName(i).toLowerCase(Locale.ROOT));
                types.add(m.getColumnType(i));
            }
        }
        // many rows a statement: one a row made SQLite journal every page a row touched (restoring 200,000
        // victims took 11 s into SQLite, 58 s into PostgreSQL, issue 16)
        MultiRowInsert insert = new MultiRowInsert(table, columns, "");
        List<Object[]> batch = new ArrayList<>(BATCH);
        long n = 0;
        try (Statement s = from.createStatement()) {
            s.setFetchSize(BATCH);
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
                Iterable<Object[]> rows = self == null ? stream(rs, columns.size()) : parentsFirst(rs, columns, self);
                for (Object[] row : rows) {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        n += write(to, insert, batch, types);
                    }
                }
            }
        }
        return n + write(to, insert, batch, types);
    }

    private static int write(Connection to, MultiRowInsert insert, List<Object[]> batch, List<Integer> types)
            throws SQLException {
        insert.write(to, batch.size(), (s, first, row) -> {
            Object[] values = batch.get(row);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(first + i, types.get(i));
                } else {
                    s.setObject(first + i, values[i], types.get(i));
                }
            }
        }, null);
        int n = batch.size();
        batch.clear();
        return n;
    }

    /** Sets PostgreSQL's identity sequences past the ids copied, so the next row gets a new id. */
    static void resetIdentities(Connection to, List<String> tables) throws SQLException {
        for (String t : tables) {
            if (!hasColumn(to, t, "id")) {
                continue;
            }
            try (Statement s = to.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_get_serial_sequence('" + t + "', 'id')")) {
                if (rs.next() && rs.getString(1) != null) {
                    try (Statement set = to.createStatement()) {
                        set.execute("SELECT setval('" + rs.getString(1) + "', (SELECT COALESCE(MAX(id), 0) + 1 FROM " + t
                                + "), false)");
                    }
                }
            }
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table, column)) {
            return rs.next();
        }
    }

    private record SelfReference(String column, String referenced) {
    }

    private static SelfReference selfReference(Connection to, String table) throws SQLException {
        try (ResultSet rs = to.getMetaData().getImportedKeys(null, null, table)) {
            while (rs.next()) {
                if (rs.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
                    return new SelfReference(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return null;
    }

    private static Iterable<Object[]> stream(ResultSet rs, int width) {
        return () -> new java.util.Iterator<>() {
            private Boolean ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    try {
                        ahead = rs.next();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return ahead;
            }

            @Override
            public Object[] next() {
                hasNext();
                ahead = null;
                Object[] row = new Object[width];
                try {
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return row;
            }
        };
    }

    /** The rows of a self-referring table (a few thousand places) in memory, each after its parent. */
    private static List<Object[]> parentsFirst(ResultSet rs, List<String> columns, SelfReference self) throws SQLException {
        int parentAt = columns.indexOf(self.column());
        int keyAt = columns.indexOf(self.referenced());
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : stream(rs, columns.size())) {
            rows.add(row);
        }
        List<Object[]> ordered = new ArrayList<>(rows.size());
        Set<Object> placed = new HashSet<>();
        List<Object[]> waiting = rows;
        while (!waiting.isEmpty()) {
            List<Object[]> later = new ArrayList<>();
            for (Object[] row : waiting) {
                if (row[parentAt] == null || placed.contains(row[parentAt])) {
                    ordered.add(row);
                    placed.add(row[keyAt]);
                } else {
                    later.add(row);
                }
            }
            if (later.size() == waiting.size()) {
                ordered.addAll(later);
                break;
            }
            waiting = later;
        }
        return ordered;
    }
}
