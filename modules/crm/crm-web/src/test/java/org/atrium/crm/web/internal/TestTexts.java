package org.atrium.crm.web.internal;

import java.util.Locale;

/** The real bundle texts for tests. */
public final class TestTexts {

    private TestTexts() {
    }

    public static Texts chinese() {
        return Texts.of(Locale.SIMPLIFIED_CHINESE);
    }

    public static Texts english() {
        return Texts.of(Locale.ENGLISH);
    }
}
