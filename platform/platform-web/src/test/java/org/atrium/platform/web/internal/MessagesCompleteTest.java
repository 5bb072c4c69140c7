package org.atrium.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MessagesCompleteTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("ShellText\\.get\\([^,]+,\\s*\"([a-zA-Z0-9.]+)\"\\s*[,)]");

    @Test
    void everyKeyIsTranslatedBothWays() throws IOException {
        Properties en = load("OSGI-INF/l10n/shell.properties");
        Properties zh = load("OSGI-INF/l10n/shell_zh_CN.properties");

        assertThat(en).isNotEmpty();
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(zh.values()).allSatisfy(value -> assertThat((String) value).isNotBlank());
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties zh = load("OSGI-INF/l10n/shell_zh_CN.properties");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        // keys the code builds from a prefix
        for (String id : new String[] {"home", "crm", "office", "hr", "finance", "admin"}) {
            used.add("category." + id);
        }
        for (String reason : new String[] {"unavailable", "denied", "failed"}) {
            used.add("view." + reason + ".title");
            used.add("view." + reason + ".text");
        }
        for (String scope : new String[] {"group", "company", "role"}) {
            used.add("layout.scope." + scope);
        }
        for (int width = 1; width <= 3; width++) {
            used.add("dashboard.width." + width);
        }

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(zh.stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String path) throws IOException {
        try (InputStream in = MessagesCompleteTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
