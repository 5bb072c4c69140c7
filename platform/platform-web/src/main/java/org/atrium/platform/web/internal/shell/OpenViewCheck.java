package org.atrium.platform.web.internal.shell;

import java.util.List;

import org.atrium.shell.api.ViewContribution;

/** What happens to an open view when the contributions change. */
enum OpenViewCheck {
    /** Its contribution is still registered: leave it alone. */
    STILL_THERE,
    /** Its bundle was updated: the same id is registered by a new service, open that one. */
    REPLACED,
    /** Its contribution went away: show "module unavailable". */
    GONE;

    /**
     * @param source the contribution that created the open view
     * @param views  the contributions registered now
     */
    static OpenViewCheck of(ViewContribution source, List<ViewContribution> views) {
        if (views.stream().anyMatch(v -> v == source)) {
            return STILL_THERE;
        }
        return views.stream().anyMatch(v -> v.id().equals(source.id())) ? REPLACED : GONE;
    }
}
