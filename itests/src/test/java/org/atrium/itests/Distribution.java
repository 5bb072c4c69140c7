package org.atrium.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The distribution as an operator runs it: unpacked from the built tar.gz below target/, configured
 * through etc/*.cfg, started as a child process ({@code bin/karaf server}) and stopped with SIGTERM.
 * Every wait is bounded; {@link #close()} always stops the process.
 */
final class Distribution implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path home;
    private final int httpPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private Distribution(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** Unpacks a fresh copy of the distribution on a free HTTP port and the run's database. */
    static Distribution unpack(String name, TestDatabase database) throws IOException, InterruptedException {
        Path dir = ItEnvironment.workDirectory().resolve(name + "-" + database.name() + "-" + UUID.randomUUID());
        Files.createDirectories(dir);
        Process tar = new ProcessBuilder("tar", "-xzf", ItEnvironment.distribution().toString(), "-C", dir.toString(),
                "--strip-components=1").inheritIO().start();
        if (!tar.waitFor(60, TimeUnit.SECONDS) || tar.exitValue() != 0) {
            tar.destroyForcibly();
            throw new IOException("could not unpack " + ItEnvironment.distribution());
        }
        Distribution distribution = new Distribution(dir, ItEnvironment.freePort());
        distribution.configure("org.ops4j.pax.web", Map.of("org.osgi.service.http.port", String.valueOf(distribution.httpPort)));
        if (!database.datasourceConfig().isEmpty()) {
            distribution.configure(TestDatabase.DATASOURCE_PID, database.datasourceConfig());
        }
        return distribution;
    }

    /** Writes etc/{pid}.cfg (replacing it): takes effect at the next start. */
    Distribution configure(String pid, Map<String, String> properties) throws IOException {
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));
        Files.writeString(home.resolve("etc").resolve(pid + ".cfg"), text, StandardCharsets.UTF_8);
        return this;
    }

    /** Starts Karaf and waits until the portal answers 200 on /. */
    void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().put("KARAF_EXEC", "exec"); // the child is the JVM itself: SIGTERM stops it cleanly
        process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + ", see " + home);
            }
            if (status("/") == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("portal not up after " + START_TIMEOUT + ", see " + home.resolve("data/log"));
    }

    /** Stops Karaf with SIGTERM and waits for it (killing it only when it hangs). */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("Karaf did not stop within " + STOP_TIMEOUT);
        }
        process = null;
    }

    /** The HTTP status of a GET on this path, or -1 when nothing answers. */
    int status(String path) throws InterruptedException {
        try {
            return get(path).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** A GET on this path of the portal. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(20)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The portal's address, e.g. {@code http://127.0.0.1:8181} (no trailing slash). */
    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The distribution's directory. */
    Path home() {
        return home;
    }

    /** Waits until Karaf's log has a line matching the pattern, or fails after the timeout. */
    void awaitLog(String regex, Duration timeout) throws InterruptedException {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pattern.matcher(log()).find()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no log line matching " + regex + " after " + timeout);
            }
            Thread.sleep(250);
        }
    }

    /** Karaf's log so far. */
    String log() {
        try {
            return Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
