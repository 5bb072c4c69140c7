package org.atrium.sample.links.internal;

import org.atrium.platform.api.i18n.Messages;

/** The bundle's zh-CN / en texts. */
final class SampleText {

    static final Messages MESSAGES = new Messages(SampleText.class, "OSGI-INF/l10n/sample");

    /** The permission to see the quick links. */
    static final String VIEW_PERMISSION = "sample.links.view";

    /** The id of the quick-links page. */
    static final String VIEW_ID = "sample/links";

    private SampleText() {
    }
}
