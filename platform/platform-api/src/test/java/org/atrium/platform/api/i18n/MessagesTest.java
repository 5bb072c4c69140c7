package org.atrium.platform.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages(MessagesTest.class, "l10n/test");

    @Test
    void formatsInTheUsersLanguage() {
        assertThat(messages.get(Messages.ZH_CN, "greeting", "张伟")).isEqualTo("你好，张伟");
        assertThat(messages.get(Locale.ENGLISH, "greeting", "Zhang Wei")).isEqualTo("Hello Zhang Wei");
        assertThat(messages.get(Locale.UK, "greeting", "Zhang Wei")).isEqualTo("Hello Zhang Wei");
    }

    @Test
    void otherLanguagesGetChineseNotTheEnglishRootFile() {
        assertThat(messages.get(Locale.GERMAN, "greeting", "Wei")).isEqualTo("你好，Wei");
    }

    @Test
    void englishFallsBackToChineseForAMissingKeyAndShowsUnknownKeys() {
        assertThat(messages.get(Locale.ENGLISH, "only.zh")).isEqualTo("只有中文");
        assertThat(messages.has(Locale.ENGLISH, "only.zh")).isTrue();
        assertThat(messages.get(Messages.ZH_CN, "missing.key")).isEqualTo("missing.key");
        assertThat(messages.has(Messages.ZH_CN, "missing.key")).isFalse();
    }

    @Test
    void supportedLocaleMapsTagsToChineseOrEnglish() {
        assertThat(Messages.supportedLocale("en-US")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.supportedLocale("zh-TW")).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.supportedLocale(null)).isEqualTo(Messages.ZH_CN);
    }
}
