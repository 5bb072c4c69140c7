package org.atrium.crm.web.internal.opportunity;

import org.atrium.shell.api.ui.FormDialog;

import java.util.Map;
import java.util.function.Consumer;

import org.atrium.crm.web.internal.Texts;

import com.vaadin.ui.TextArea;
import com.vaadin.ui.UI;

/** Asks why a deal was won or lost before it is moved to the closing stage. */
final class ReasonDialog {

    private ReasonDialog() {
    }

    /**
     * @param onReason gets the reason; {@code onCancel} runs when the dialog is closed without one
     */
    static void ask(UI ui, Texts texts, String stageName, Consumer<String> onReason, Runnable onCancel) {
        TextArea reason = new TextArea(texts.get("kanban.reason"));
        reason.setWidth("100%");
        reason.setRows(3);
        boolean[] given = {false};
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("kanban.reason.title", stageName), "460px");
        dialog.errors().bind(reason, "reason");
        dialog.body(reason).onSave(texts.get("common.ok"), () -> {
            if (reason.getValue().isBlank()) {
                dialog.errors().show(Map.of("reason", texts.get("common.required")));
                return false;
            }
            given[0] = true;
            onReason.accept(reason.getValue().strip());
            return true;
        });
        dialog.addCloseListener(e -> {
            if (!given[0]) {
                onCancel.run();
            }
        });
        dialog.open(ui);
    }
}
