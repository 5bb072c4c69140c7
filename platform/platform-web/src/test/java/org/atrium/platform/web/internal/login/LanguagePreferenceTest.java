package org.atrium.platform.web.internal.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.atrium.platform.api.i18n.Messages;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {

    @Test
    void cookieWinsOverTheBrowser() {
        assertThat(LanguagePreference.resolve("en", "zh-CN,zh;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(LanguagePreference.resolve("zh-CN", "en-US,en")).isEqualTo(Messages.ZH_CN);
    }

    @Test
    void browserPreferenceIsReadInOrder() {
        assertThat(LanguagePreference.resolve(null, "de-DE,en-GB;q=0.8,zh;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(LanguagePreference.resolve(null, "zh-TW,en;q=0.5")).isEqualTo(Messages.ZH_CN);
    }

    @Test
    void chineseWhenNothingIsKnownOrTheHeaderIsBroken() {
        assertThat(LanguagePreference.resolve(null, null)).isEqualTo(Messages.ZH_CN);
        assertThat(LanguagePreference.resolve("", "fr-FR")).isEqualTo(Messages.ZH_CN);
        assertThat(LanguagePreference.resolve(null, ";;;=")).isEqualTo(Messages.ZH_CN);
    }

    @Test
    void tagsAreTheTwoStoredValues() {
        assertThat(LanguagePreference.tagOf(Locale.ENGLISH)).isEqualTo("en");
        assertThat(LanguagePreference.tagOf(Locale.US)).isEqualTo("en");
        assertThat(LanguagePreference.tagOf(Messages.ZH_CN)).isEqualTo("zh-CN");
    }
}
