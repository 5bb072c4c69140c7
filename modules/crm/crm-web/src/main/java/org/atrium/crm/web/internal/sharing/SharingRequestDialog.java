package org.atrium.crm.web.internal.sharing;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.Map;

import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingRequestDraft;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.accounts.AccountTexts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;

/**
 * 申请共享 after a duplicate hit: the user gives a reason and the service asks the holder of the
 * customer that matched the name and credit code the user entered. The user learns nothing about the
 * customer beyond what the duplicate warning said.
 */
public final class SharingRequestDialog {

    private final ShellContext context;
    private final Texts texts;
    private final Texts keys;
    private final SharingService sharing;

    /** @param texts the bundle's main texts */
    public SharingRequestDialog(ShellContext context, Texts texts, SharingService sharing) {
        this.context = context;
        this.texts = texts;
        this.keys = AccountTexts.of(context.locale());
        this.sharing = sharing;
    }

    /** Opens the dialog for what the user entered. */
    public void open(String name, String creditCode, String holder) {
        Label what = new Label(keys.get("sharing.request.intro", holder == null ? "—" : holder));
        what.setWidth("100%");
        TextArea reason = new TextArea(keys.get("sharing.column.reason"));
        reason.setWidth("100%");
        reason.setRows(3);
        reason.setMaxLength(500);
        reason.setId("crm-sharing-reason");
        FormDialog dialog = new FormDialog(texts.locale(), keys.get("sharing.request"), "480px");
        dialog.errors().bind(reason, "reason");
        dialog.body(new FormLayout(what, reason)).onSave(keys.get("sharing.request.send"), () -> {
            if (reason.getValue() == null || reason.getValue().isBlank()) {
                dialog.errors().show(Map.of("reason", texts.get("common.required")));
                return false;
            }
            SharingRequest sent = send(SharingRequestDraft.forMatch(name, creditCode, reason.getValue().strip()),
                    dialog);
            return sent != null;
        }).open(context.ui());
    }

    private SharingRequest send(SharingRequestDraft draft, FormDialog dialog) {
        SharingRequest sent = new ServiceCall(context).get(() -> sharing.request(context.user(), draft),
                dialog.errors()::show);
        if (sent != null) {
            context.notify(keys.get("sharing.request.sent", sent.holderCompany(), sent.holderOwnerName()));
        }
        return sent;
    }
}
