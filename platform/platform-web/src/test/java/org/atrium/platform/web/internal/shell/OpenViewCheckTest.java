package org.atrium.platform.web.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.platform.web.internal.Fixtures.view;

import java.util.List;

import org.atrium.shell.api.ViewContribution;
import org.junit.jupiter.api.Test;

class OpenViewCheckTest {

    private final ViewContribution open = view("vendor/report", "finance", 1, null);
    private final ViewContribution other = view("crm/customers", "crm", 1, null);

    @Test
    void aViewWhoseServiceIsStillRegisteredStays() {
        assertThat(OpenViewCheck.of(open, List.of(other, open))).isEqualTo(OpenViewCheck.STILL_THERE);
    }

    @Test
    void anUpdatedBundleRegistersTheSameIdAgain() {
        ViewContribution updated = view("vendor/report", "finance", 1, null);

        assertThat(OpenViewCheck.of(open, List.of(other, updated))).isEqualTo(OpenViewCheck.REPLACED);
    }

    @Test
    void anUninstalledModuleIsGone() {
        assertThat(OpenViewCheck.of(open, List.of(other))).isEqualTo(OpenViewCheck.GONE);
        assertThat(OpenViewCheck.of(open, List.of())).isEqualTo(OpenViewCheck.GONE);
    }
}
