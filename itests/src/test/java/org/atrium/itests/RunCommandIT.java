package org.atrium.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * README command 1, {@code ./atrium run}, as a user runs it: started in a terminal of its own, stopped with Ctrl-C
 * (SIGINT to the whole process group), started again with all data kept. Uses the distribution the build has just
 * made ({@code ATRIUM_BUILD=never}), a run directory under {@code target/} and a free port. Derby only: the command
 * runs the default configuration, embedded Derby.
 */
class RunCommandIT {

    private static final long UP_SECONDS = 240;

    @Test
    void runStartsThePortalCtrlCStopsItAndTheNextRunKeepsTheData() throws Exception {
        assumeTrue("derby".equals(System.getProperty("atrium.it.database")), "the run command uses embedded Derby");
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("atrium")).isExecutable();
        Path runDir = ItEnvironment.workDirectory().resolve("run-command");
        int port = ItEnvironment.freePort();

        Run first = Run.start(root, runDir, port, "--fresh");
        try {
            first.await(out -> out.contains("Atrium is up at http://localhost:" + port + "/"), UP_SECONDS);
            assertThat(first.output()).contains("unpacked the distribution").contains("demo users: password '");
            assertThat(status(port)).isEqualTo(200);
            Path demoConfig = runDir.resolve("etc/org.atrium.demo.cfg");
            assertThat(Files.getPosixFilePermissions(demoConfig))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            Path adminPassword = runDir.resolve("data/atrium/admin-initial-password.txt");
            first.await(out -> Files.exists(adminPassword) && Files.exists(runDir.resolve("data/atrium/demo-users.txt")),
                    UP_SECONDS);
            String password = Files.readString(adminPassword, StandardCharsets.UTF_8);
            String demoConfigText = Files.readString(demoConfig, StandardCharsets.UTF_8);

            // no remote console: bin/client explains instead of failing on Karaf's missing SSH classes
            Process client = new ProcessBuilder(runDir.resolve("bin/client").toString()).redirectErrorStream(true)
                    .start();
            String clientOutput = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(client.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(client.exitValue()).isEqualTo(1);
            assertThat(clientOutput).contains("no SSH console");

            first.ctrlC();
            assertThat(first.exitCode(120)).as(first.output()).isZero();
            assertThat(first.output()).contains("stopped; data kept");
            // the clean stop wrote the class data sharing archive of bin/setenv, and no JVM note about it
            List<Path> archives;
            try (Stream<Path> files = Files.list(runDir.resolve("data/cds"))) {
                archives = files.filter(f -> f.getFileName().toString().matches("atrium-\\d+\\.jsa")).toList();
            }
            assertThat(archives).hasSize(1);
            assertThat(Files.size(archives.get(0))).isGreaterThan(10_000_000L);
            assertThat(first.output()).doesNotContain("[cds]");

            Run second = Run.start(root, runDir, port);
            try {
                second.await(out -> out.contains("Atrium is up at"), UP_SECONDS);
                assertThat(second.output()).doesNotContain("unpacked").doesNotContain("upgraded");
                assertThat(status(port)).isEqualTo(200);
                // the second start maps that archive; nothing fails for want of Karaf's patched java.base
                assertThat(second.javaCommandLines()).anySatisfy(command -> assertThat(command)
                        .contains("-XX:SharedArchiveFile=").contains(archives.get(0).getFileName().toString()));
                assertThat(Files.readString(runDir.resolve("data/log/karaf.log"), StandardCharsets.UTF_8))
                        .doesNotContain("NoClassDefFoundError").doesNotContain("specs.activator");
                assertThat(Files.readString(adminPassword, StandardCharsets.UTF_8)).isEqualTo(password);
                assertThat(Files.readString(demoConfig, StandardCharsets.UTF_8)).isEqualTo(demoConfigText);
                assertThat(Files.readString(runDir.resolve("data/log/karaf.log"), StandardCharsets.UTF_8))
                        .containsOnlyOnce("First start: created user 'admin'");
                second.ctrlC();
                assertThat(second.exitCode(120)).as(second.output()).isZero();
            } finally {
                second.kill();
            }
        } finally {
            first.kill();
        }
    }

    private static int status(int port) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/").toURL()
                .openConnection();
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    /** One {@code ./atrium run}, in a session (and process group) of its own, as in a terminal. */
    private static final class Run {
        private final Process process;
        private final StringBuffer output = new StringBuffer();

        private Run(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        output.append(line).append('\n');
                    }
                } catch (IOException e) {
                    output.append("(output lost: ").append(e).append(")\n");
                }
            }, "atrium-run-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Run start(Path root, Path runDir, int port, String... options) throws IOException {
            String[] command = new String[3 + options.length];
            command[0] = "setsid";
            command[1] = root.resolve("atrium").toString();
            command[2] = "run";
            System.arraycopy(options, 0, command, 3, options.length);
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().put("ATRIUM_RUN_DIR", runDir.toString());
            builder.environment().put("ATRIUM_HTTP_PORT", String.valueOf(port));
            builder.environment().put("ATRIUM_BUILD", "never");
            return new Run(builder.start());
        }

        String output() {
            return output.toString();
        }

        void await(Predicate<String> condition, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!condition.test(output()) && System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("./atrium run ended early:\n%s", output()).isTrue();
                Thread.sleep(250);
            }
            assertThat(condition.test(output())).as("./atrium run after %d s:\n%s", seconds, output()).isTrue();
        }

        /** What Ctrl-C in a terminal does: SIGINT to every process of the foreground group. */
        void ctrlC() throws IOException, InterruptedException {
            String group = new String(new ProcessBuilder("ps", "-o", "pgid=", "-p", String.valueOf(process.pid()))
                    .start().getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            assertThat(group).as("process group of ./atrium run").isNotEmpty();
            int status = new ProcessBuilder("kill", "-INT", "--", "-" + group).inheritIO().start().waitFor();
            assertThat(status).isZero();
        }

        int exitCode(long seconds) throws InterruptedException {
            assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("./atrium run stopped:\n%s", output()).isTrue();
            return process.exitValue();
        }

        /** @return the command lines of the JVMs that this run started */
        List<String> javaCommandLines() {
            return process.descendants().map(p -> p.info().commandLine().orElse(""))
                    .filter(c -> c.contains("java")).toList();
        }

        void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
