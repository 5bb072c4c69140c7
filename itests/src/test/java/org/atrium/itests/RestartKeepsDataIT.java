package org.atrium.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Stop and start keep the data: the first start's administrator and demo group are not created again,
 * and the one-time password stays the one written the first time.
 */
class RestartKeepsDataIT {

    private static final String SCHEMA_CURRENT = "Schema of bundle org.atrium.platform-core is current";

    @Test
    void secondStartKeepsAdministratorAndDemoGroup() throws Exception {
        try (TestDatabase database = TestDatabase.create();
                Distribution distribution = Distribution.unpack("restart", database)) {
            distribution.configure("org.atrium.demo", Map.of("password", UUID.randomUUID().toString()));
            Path adminPassword = distribution.home().resolve("data/atrium/admin-initial-password.txt");
            Path demoUsers = distribution.home().resolve("data/atrium/demo-users.txt");

            distribution.start();
            awaitFile(adminPassword);
            awaitFile(demoUsers);
            String password = Files.readString(adminPassword, StandardCharsets.UTF_8);
            distribution.stop();

            distribution.start();
            awaitCount(distribution, SCHEMA_CURRENT, 2);
            String log = distribution.log();
            assertThat(count(log, "First start: created user 'admin'")).isEqualTo(1);
            assertThat(count(log, "Demo group .* loaded")).isEqualTo(1);
            assertThat(Files.readString(adminPassword, StandardCharsets.UTF_8)).isEqualTo(password);
            assertThat(distribution.status("/")).isEqualTo(200);
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 240 && !Files.exists(file); i++) {
            Thread.sleep(250);
        }
        assertThat(file).exists();
    }

    private static void awaitCount(Distribution distribution, String regex, int expected) throws InterruptedException {
        for (int i = 0; i < 240 && count(distribution.log(), regex) < expected; i++) {
            Thread.sleep(250);
        }
        assertThat(count(distribution.log(), regex)).as("log lines matching %s", regex).isEqualTo(expected);
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
