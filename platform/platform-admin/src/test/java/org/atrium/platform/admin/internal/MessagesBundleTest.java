package org.atrium.platform.admin.internal;

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

import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.security.DataScope;
import org.junit.jupiter.api.Test;

/** Both languages hold the same keys, and every key the code asks for exists. */
class MessagesBundleTest {

    private static final Path L10N = Path.of("src/main/resources/OSGI-INF/l10n");
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:common|language|unitType|scope|org|position|users?|roles?|audit|noticeAdmin|notices?|directory|todo)"
                    + "\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\"");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Set<String> english = load("admin.properties").stringPropertyNames();
        Set<String> chinese = load("admin_zh_CN.properties").stringPropertyNames();

        assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(chinese));
        assertThat(english).hasSizeGreaterThan(100);
    }

    @Test
    void everyKeyUsedInTheCodeIsDefined() throws IOException {
        Set<String> defined = load("admin_zh_CN.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (OrgUnitType type : OrgUnitType.values()) {
            used.add("unitType." + type.name());
        }
        for (DataScope scope : DataScope.values()) {
            used.add("scope." + scope.name());
        }
        used.add("language.zh-CN");
        used.add("language.en");
        org.atrium.platform.admin.internal.audit.AuditKeys.actionKeys().forEach(used::add);

        assertThat(used).hasSizeGreaterThan(100);
        assertThat(defined).containsAll(used);
    }

    @Test
    void noApostrophesThatMessageFormatWouldEat() throws IOException {
        for (String file : new String[] {"admin.properties", "admin_zh_CN.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void bothLanguagesAreServedAndPatternsFormatted() {
        assertThat(Texts.of(Locale.ENGLISH).get("todo.empty")).isEqualTo("Nothing to do");
        assertThat(Texts.of(Locale.SIMPLIFIED_CHINESE).get("todo.empty")).isEqualTo("暂无待办");
        assertThat(Texts.of(Locale.SIMPLIFIED_CHINESE).get("todo.group", "逾期线索", 3)).isEqualTo("逾期线索（3）");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(L10N.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
