package org.atrium.platform.web.internal.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.web.internal.Fixtures;
import org.junit.jupiter.api.Test;

class PasswordChangeLogicTest {

    private final AuthenticationService auth = mock(AuthenticationService.class);
    private final PasswordChangeLogic logic = new PasswordChangeLogic(auth);

    @Test
    void changesWhenBothEntriesMatchAndClearsEverything() {
        char[] current = "old-Pass-1".toCharArray();
        char[] password = "new-Pass-2!".toCharArray();
        char[] confirm = "new-Pass-2!".toCharArray();

        assertThat(logic.change(Fixtures.USER, current, password, confirm)).isEmpty();

        verify(auth).changePassword(eq(Fixtures.USER), any(), any());
        assertThat(current).containsOnly('\0');
        assertThat(password).containsOnly('\0');
        assertThat(confirm).containsOnly('\0');
    }

    @Test
    void mismatchIsReportedOnTheConfirmFieldWithoutCallingTheService() {
        Map<String, String> errors = logic.change(Fixtures.USER, "a".toCharArray(), "b1".toCharArray(), "b2".toCharArray());

        assertThat(errors).containsOnlyKeys(PasswordChangeLogic.CONFIRM);
        assertThat(errors.get(PasswordChangeLogic.CONFIRM)).isEqualTo("两次输入的新密码不一致。");
        verify(auth, never()).changePassword(any(), any(), any());
    }

    @Test
    void policyMessagesOfTheServiceArePassedOnPerField() {
        doThrow(new ValidationException(Map.of("password", "至少 12 个字符")))
                .when(auth).changePassword(any(), any(), any());

        Map<String, String> errors = logic.change(Fixtures.USER, "a".toCharArray(), "short".toCharArray(),
                "short".toCharArray());

        assertThat(errors).containsExactly(Map.entry("password", "至少 12 个字符"));
    }
}
