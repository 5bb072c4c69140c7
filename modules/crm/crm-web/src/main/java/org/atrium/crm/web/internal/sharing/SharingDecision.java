package org.atrium.crm.web.internal.sharing;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;

/** 同意 / 拒绝 a sharing request with an optional note; the service checks that the caller may decide. */
final class SharingDecision {

    private final ShellContext context;
    private final Texts texts;
    private final Texts keys;
    private final SharingService sharing;

    SharingDecision(ShellContext context, Texts texts, Texts keys, SharingService sharing) {
        this.context = context;
        this.texts = texts;
        this.keys = keys;
        this.sharing = sharing;
    }

    /**
     * Asks for the note, then approves or declines.
     *
     * @param decided runs after the decision was saved
     */
    void open(SharingRequest request, boolean approve, Runnable decided) {
        Label what = new Label(keys.get("sharing.decide.summary", request.requesterName(),
                nullToDash(request.customerName()), nullToDash(request.reason())));
        what.setWidth("100%");
        TextArea note = new TextArea(keys.get("sharing.column.note"));
        note.setWidth("100%");
        note.setRows(3);
        note.setMaxLength(500);
        String caption = keys.get(approve ? "sharing.approve" : "sharing.decline");
        FormDialog dialog = new FormDialog(texts.locale(), caption, "480px");
        dialog.errors().bind(note, "note", "decisionNote");
        dialog.body(new FormLayout(what, note)).onSave(caption, () -> {
            String text = note.getValue() == null || note.getValue().isBlank() ? null : note.getValue().strip();
            boolean ok = new ServiceCall(context).run(() -> {
                if (approve) {
                    sharing.approve(context.user(), request.id(), text);
                } else {
                    sharing.decline(context.user(), request.id(), text);
                }
            }, dialog.errors()::show);
            if (ok) {
                context.notify(keys.get(approve ? "sharing.approved" : "sharing.declined", request.requesterName()));
                decided.run();
            }
            return ok;
        }).open(context.ui());
    }

    private static String nullToDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
