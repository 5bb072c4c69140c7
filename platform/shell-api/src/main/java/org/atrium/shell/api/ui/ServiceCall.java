package org.atrium.shell.api.ui;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;
import org.atrium.shell.api.ShellContext;

/**
 * Runs a service call from a view and turns the platform's exceptions into what the user sees:
 * field errors go to the form, a refused or vanished record becomes an error message. Anything
 * else is a bug and propagates to the shell's error handler.
 */
public final class ServiceCall {

    private final ShellContext context;

    public ServiceCall(ShellContext context) {
        this.context = context;
    }

    /**
     * @param action      the call
     * @param fieldErrors receives the field errors of a {@link ValidationException}; {@code null}
     *                    shows them as one error message instead
     * @return whether the call succeeded
     */
    public boolean run(Runnable action, Consumer<Map<String, String>> fieldErrors) {
        return get(() -> {
            action.run();
            return Boolean.TRUE;
        }, fieldErrors) != null;
    }

    /** @return whether the call succeeded; validation errors are shown as a message */
    public boolean run(Runnable action) {
        return run(action, null);
    }

    /**
     * @return the call's result, or {@code null} when it failed (the user has been told why)
     */
    public <T> T get(Supplier<T> action, Consumer<Map<String, String>> fieldErrors) {
        try {
            return action.get();
        } catch (ValidationException e) {
            if (fieldErrors == null) {
                context.showError(e.getMessage());
            } else {
                fieldErrors.accept(e.getFieldErrors());
            }
        } catch (AccessDeniedException | NotFoundException e) {
            context.showError(e.getMessage());
        }
        return null;
    }
}
