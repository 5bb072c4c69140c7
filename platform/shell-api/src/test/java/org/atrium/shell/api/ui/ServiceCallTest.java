package org.atrium.shell.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;

import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;
import org.atrium.shell.api.ShellContext;
import org.junit.jupiter.api.Test;

class ServiceCallTest {

    private final ShellContext context = mock(ShellContext.class);
    private final ServiceCall call = new ServiceCall(context);

    @Test
    void returnsTheResultOfASuccessfulCall() {
        assertThat(call.get(() -> "ok", null)).isEqualTo("ok");
        verify(context, never()).showError(org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void handsFieldErrorsToTheForm() {
        Map<String, String> received = new HashMap<>();

        boolean ok = call.run(() -> {
            throw new ValidationException("login", "登录名已被使用");
        }, received::putAll);

        assertThat(ok).isFalse();
        assertThat(received).containsEntry("login", "登录名已被使用");
        verify(context, never()).showError(org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void showsValidationAsAnErrorWhenThereIsNoForm() {
        call.run(() -> {
            throw new ValidationException(null, "单位不为空");
        });
        verify(context).showError("单位不为空");
    }

    @Test
    void showsDeniedAndMissingRecordsAsErrors() {
        assertThat(call.run(() -> {
            throw new AccessDeniedException("platform.user.manage", "无权操作");
        })).isFalse();
        call.run(() -> {
            throw new NotFoundException("记录不存在");
        });
        verify(context).showError("无权操作");
        verify(context).showError("记录不存在");
    }

    @Test
    void letsProgrammingErrorsThrough() {
        assertThatThrownBy(() -> call.run(() -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
    }
}
