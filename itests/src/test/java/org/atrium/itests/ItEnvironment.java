package org.atrium.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * What the build hands the integration tests (failsafe system properties): the distribution and the
 * sample vendor bundle under test, the local Maven repository, a work directory.
 */
final class ItEnvironment {

    private ItEnvironment() {
    }

    /** Letters and digits, 20 of them: passes the portal's password policy. */
    static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("Ab1");
        for (int i = 0; i < 17; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    /** Stops a test portal, then drops its database; either may be null (a failed start). */
    static void close(Distribution portal, TestDatabase database) throws Exception {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    /** The distribution archive (tar.gz) built by features/atrium-distribution. */
    static Path distribution() {
        return existing("atrium.distribution");
    }

    /** The sample vendor bundle built by modules/sample/sample-vendor. */
    static Path sampleVendorBundle() {
        return existing("atrium.sample.vendor");
    }

    /** Karaf's version, for Pax Exam. */
    static String karafVersion() {
        return required("atrium.karaf.version");
    }

    /** The local Maven repository, where Pax Exam's own bundles are found. */
    static String localRepository() {
        String repo = System.getProperty("maven.repo.local");
        return repo != null ? repo : System.getProperty("user.home") + "/.m2/repository";
    }

    /** A directory below target/ for unpacked distributions. */
    static Path workDirectory() {
        Path work = Path.of(System.getProperty("atrium.it.work", "target/it"));
        try {
            return Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TCP port that was free a moment ago. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(String property) {
        Path path = Path.of(required(property));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(property + " points to a missing file: " + path);
        }
        return path;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven failsafe)");
        }
        return value;
    }
}
