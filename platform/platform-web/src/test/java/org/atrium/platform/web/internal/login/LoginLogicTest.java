package org.atrium.platform.web.internal.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.atrium.platform.api.i18n.Messages;
import org.atrium.platform.api.identity.AuthResult;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.web.internal.Fixtures;
import org.junit.jupiter.api.Test;

class LoginLogicTest {

    private final AuthenticationService auth = mock(AuthenticationService.class);
    private final LoginLogic logic = new LoginLogic(auth, ZoneId.of("Asia/Shanghai"));

    @Test
    void successPassesTheUserAndTheForcedChangeOnAndClearsThePassword() {
        when(auth.authenticate(eq("zhangwei"), any(), eq("10.0.0.8")))
                .thenReturn(new AuthResult(AuthResult.Status.SUCCESS, Fixtures.USER, true, null));
        char[] password = "s3cret-Pass".toCharArray();

        LoginLogic.Outcome outcome = logic.signIn("  zhangwei ", password, "10.0.0.8", Messages.ZH_CN);

        assertThat(outcome.signedIn()).isTrue();
        assertThat(outcome.user()).isEqualTo(Fixtures.USER);
        assertThat(outcome.mustChangePassword()).isTrue();
        assertThat(outcome.error()).isNull();
        assertThat(password).containsOnly('\0');
    }

    @Test
    void wrongCredentialsGiveOneMessageInTheLanguageOfThePage() {
        when(auth.authenticate(anyString(), any(), any()))
                .thenReturn(new AuthResult(AuthResult.Status.INVALID_CREDENTIALS, null, false, null));

        assertThat(logic.signIn("x", "y".toCharArray(), null, Messages.ZH_CN).error()).isEqualTo("登录名或密码不正确。");
        assertThat(logic.signIn("x", "y".toCharArray(), null, Locale.ENGLISH).error())
                .isEqualTo("The login or password is not correct.");
    }

    @Test
    void lockedShowsUntilWhenInLocalTime() {
        when(auth.authenticate(anyString(), any(), any())).thenReturn(new AuthResult(AuthResult.Status.LOCKED, null,
                false, Instant.parse("2026-03-01T02:15:00Z")));

        LoginLogic.Outcome outcome = logic.signIn("x", "y".toCharArray(), null, Locale.ENGLISH);

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.error()).contains("2026-03-01 10:15").contains("locked");
    }

    @Test
    void disabledIsExplained() {
        when(auth.authenticate(anyString(), any(), any()))
                .thenReturn(new AuthResult(AuthResult.Status.DISABLED, null, false, null));

        assertThat(logic.signIn("x", "y".toCharArray(), null, Messages.ZH_CN).error()).contains("停用");
    }

    @Test
    void emptyInputNeverReachesTheService() {
        assertThat(logic.signIn(" ", "y".toCharArray(), null, Locale.ENGLISH).error()).contains("enter your login");
        assertThat(logic.signIn("x", new char[0], null, Locale.ENGLISH).signedIn()).isFalse();
        verify(auth, never()).authenticate(any(), any(), any());
    }
}
