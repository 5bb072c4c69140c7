package org.atrium.bench.crm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Where the generator's rows of one table go: a JDBC batch (PostgreSQL), or a CSV file that Derby then
 * bulk-imports with {@code SYSCS_UTIL.SYSCS_IMPORT_DATA} (into an empty table Derby loads in bulk and
 * builds the indexes once, instead of one B-tree insert per row and index).
 */
abstract class Sink {

    final String table;
    final String columns;

    /** @param insert {@code INSERT INTO T (A, B, …) VALUES (…)} */
    Sink(String insert) {
        this.table = insert.substring("INSERT INTO ".length(), insert.indexOf(' ', "INSERT INTO ".length()));
        this.columns = insert.substring(insert.indexOf('(') + 1, insert.indexOf(')')).replace(" ", "");
    }

    abstract void set(int index, Object value) throws SQLException;

    abstract void addBatch() throws SQLException;

    abstract void flush() throws SQLException;

    /** Rows to a prepared statement, sent in batches. */
    static final class Jdbc extends Sink {
        private final PreparedStatement statement;

        Jdbc(Connection c, String insert) throws SQLException {
            super(insert);
            statement = c.prepareStatement(insert);
        }

        @Override
        void set(int index, Object value) throws SQLException {
            if (value == null) {
                statement.setObject(index, null);
            } else if (value instanceof Timestamp t) {
                statement.setTimestamp(index, t);
            } else if (value instanceof Date d) {
                statement.setDate(index, d);
            } else if (value instanceof BigDecimal b) {
                statement.setBigDecimal(index, b);
            } else {
                statement.setObject(index, value);
            }
        }

        @Override
        void addBatch() throws SQLException {
            statement.addBatch();
        }

        @Override
        void flush() throws SQLException {
            statement.executeBatch();
        }
    }

    /** Rows to a CSV file in Derby's import format (empty unquoted field = NULL). */
    static final class Csv extends Sink {
        final Path file;
        private final BufferedWriter out;
        private final Object[] row;

        Csv(Path dir, String insert) {
            super(insert);
            file = dir.resolve(table + ".csv");
            row = new Object[columns.split(",").length];
            try {
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void set(int index, Object value) {
            row[index - 1] = value;
        }

        @Override
        void addBatch() {
            try {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    Object v = row[i];
                    if (v instanceof String s) {
                        out.write('"');
                        out.write(s.replace("\"", "\"\""));
                        out.write('"');
                    } else if (v instanceof BigDecimal b) {
                        out.write(b.toPlainString());
                    } else if (v != null) {
                        out.write(v.toString());
                    }
                    row[i] = null;
                }
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void flush() {
        }

        void close() throws IOException {
            out.close();
        }
    }
}
