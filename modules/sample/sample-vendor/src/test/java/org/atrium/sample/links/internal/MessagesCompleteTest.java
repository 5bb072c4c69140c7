package org.atrium.sample.links.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesCompleteTest {

    @Test
    void everyKeyIsTranslatedBothWays() throws IOException {
        Properties en = load("OSGI-INF/l10n/sample.properties");
        Properties zh = load("OSGI-INF/l10n/sample_zh_CN.properties");

        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en).isNotEmpty();
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
