package org.atrium.crm.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.atrium.crm.api.opportunity.FunnelGrouping;
import org.junit.jupiter.api.Test;

/** Both languages hold the same keys, and every key the code asks for exists. */
class MessagesBundleTest {

    private static final Path L10N = Path.of("src/main/resources/OSGI-INF/l10n");
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:common|customers?|customer360|duplicate|handOver|owners|contacts?|timeline|activity|opportunit(?:y|ies)"
                    + "|kanban|card|leads?|convert|funnel|portlet)\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\"");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Set<String> english = load("crmweb.properties").stringPropertyNames();
        Set<String> chinese = load("crmweb_zh_CN.properties").stringPropertyNames();

        assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(chinese));
        assertThat(english).hasSizeGreaterThan(200);
    }

    @Test
    void everyKeyUsedInTheCodeIsDefined() throws IOException {
        Set<String> defined = load("crmweb_zh_CN.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Labels.Prefix prefix : Labels.PREFIXES) {
            for (Enum<?> constant : prefix.type().getEnumConstants()) {
                used.add(prefix.key() + "." + constant.name());
            }
        }
        for (FunnelGrouping grouping : FunnelGrouping.values()) {
            used.add("funnel.grouping." + grouping.name());
        }

        assertThat(used).hasSizeGreaterThan(200);
        assertThat(defined).containsAll(used);
    }

    @Test
    void noApostrophesThatMessageFormatWouldEat() throws IOException {
        for (String file : new String[] {"crmweb.properties", "crmweb_zh_CN.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void chineseIsTheDefaultAndPatternsAreFormatted() {
        assertThat(Texts.of(Locale.GERMAN).get("customers.title")).isEqualTo("客户");
        assertThat(Texts.of(Locale.ENGLISH).get("customers.title")).isEqualTo("Customers");
        assertThat(Texts.of(Locale.SIMPLIFIED_CHINESE).get("duplicate.certain", "华东销售公司", "张伟"))
                .isEqualTo("该客户已由 华东销售公司 的 张伟 跟进");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(L10N.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
