package org.atrium.shell.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DialogTextsTest {

    @Test
    void cancelIsChineseFirstAndEnglishSecond() {
        assertThat(UiTexts.get(Locale.SIMPLIFIED_CHINESE, "common.cancel")).isEqualTo("取消");
        assertThat(UiTexts.get(Locale.ENGLISH, "common.cancel")).isEqualTo("Cancel");
    }
}
