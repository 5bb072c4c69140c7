package org.atrium.crm.web.internal.accounts;

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

import org.atrium.crm.api.customer.SharingStatus;
import org.junit.jupiter.api.Test;

/** The crmkey texts: both languages hold the same keys and every key the code asks for exists. */
class AccountTextsTest {

    private static final Path L10N = Path.of("src/main/resources/OSGI-INF/l10n");
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:actions|pool|sharing|keyAccount|merge)\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\"");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Set<String> english = load("crmkey.properties").stringPropertyNames();
        Set<String> chinese = load("crmkey_zh_CN.properties").stringPropertyNames();

        assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(chinese));
        assertThat(english).hasSizeGreaterThan(75);
    }

    @Test
    void everyKeyUsedInTheCodeIsDefinedInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (SharingStatus status : SharingStatus.values()) {
            used.add("sharing.status." + status.name());
        }

        assertThat(used).hasSizeGreaterThan(65).contains("pool.claim", "merge.summary.moves", "keyAccount.recomputed");
        assertThat(load("crmkey_zh_CN.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("crmkey.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void noApostrophesThatMessageFormatWouldEat() throws IOException {
        for (String file : new String[] {"crmkey.properties", "crmkey_zh_CN.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void chineseIsTheDefaultAndPatternsAreFormatted() {
        assertThat(AccountTexts.of(Locale.GERMAN).get("pool.title")).isEqualTo("公海");
        assertThat(AccountTexts.of(Locale.ENGLISH).get("pool.title")).isEqualTo("Public pool");
        assertThat(AccountTexts.of(Locale.SIMPLIFIED_CHINESE).get("pool.claimed", "华东钢贸"))
                .isEqualTo("已认领客户「华东钢贸」");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(L10N.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
