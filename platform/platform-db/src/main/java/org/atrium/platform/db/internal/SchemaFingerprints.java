package org.atrium.platform.db.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;

/**
 * Remembers, per bundle, a SHA-256 over every file of its changelog directory, so that a restart
 * with unchanged changelogs skips Liquibase altogether (starting Liquibase costs about two seconds
 * of every boot). Any change to a file of that directory, or a database that never saw the
 * bundle, runs Liquibase as usual. Delete a row of {@value #TABLE} to force a run.
 */
final class SchemaFingerprints {

    static final String TABLE = "ATRIUM_SCHEMA_STATE";

    private final DataSource dataSource;

    SchemaFingerprints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the fingerprint of the changelog's directory in the bundle, or null if it cannot be read */
    static String of(Bundle bundle, String changelog) {
        int slash = changelog.lastIndexOf('/');
        String directory = slash < 0 ? "/" : changelog.substring(0, slash);
        Enumeration<URL> entries = bundle.findEntries(directory, "*", true);
        if (entries == null) {
            return null;
        }
        List<URL> files = new ArrayList<>();
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            if (!url.getPath().endsWith("/")) {
                files.add(url);
            }
        }
        files.sort(Comparator.comparing(URL::getPath));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(changelog.getBytes(StandardCharsets.UTF_8));
            for (URL file : files) {
                digest.update(file.getPath().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.openStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** @return the fingerprint stored for the bundle, or null when there is none (or no table yet) */
    String stored(String bundle) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT FINGERPRINT FROM " + TABLE + " WHERE BUNDLE = ?")) {
            ps.setString(1, bundle);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    /** Stores the fingerprint after a successful migration. */
    void store(String bundle, String fingerprint) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + TABLE + " (BUNDLE VARCHAR(255) NOT NULL PRIMARY KEY, FINGERPRINT VARCHAR(64))");
            } catch (SQLException alreadyThere) {
                // created by an earlier run
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE " + TABLE + " SET FINGERPRINT = ? WHERE BUNDLE = ?")) {
                update.setString(1, fingerprint);
                update.setString(2, bundle);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO " + TABLE + " (BUNDLE, FINGERPRINT) VALUES (?, ?)")) {
                        insert.setString(1, bundle);
                        insert.setString(2, fingerprint);
                        insert.executeUpdate();
                    }
                }
            }
        }
    }
}
