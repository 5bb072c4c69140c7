package org.atrium.crm.web.internal.sharing;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.web.api.CustomerCardContribution;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.accounts.AccountTexts;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 待处理共享申请 on the customer 360 (where the holder's to-do {@code crm.sharing-requests} leads):
 * each pending request for this customer with 同意 / 拒绝. The card body is hidden when nothing waits;
 * after a decision the page opens afresh.
 */
@Component(service = CustomerCardContribution.class)
public class PendingSharingCard implements CustomerCardContribution {

    private final SharingService sharing;
    private final UserService users;
    private final OrgService org;

    @Activate
    public PendingSharingCard(@Reference SharingService sharing, @Reference UserService users,
            @Reference OrgService org) {
        this.sharing = sharing;
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm.sharing-pending";
    }

    @Override
    public String title(Locale locale) {
        return AccountTexts.of(locale).get("sharing.card.title");
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CUSTOMER_EDIT;
    }

    @Override
    public com.vaadin.ui.Component createCard(ShellContext context, long customerId) {
        Texts keys = AccountTexts.of(context.locale());
        SharingDecision decision = new SharingDecision(context, Texts.of(context.locale()), keys, sharing);
        Directory names = new Directory(users, org);
        VerticalLayout body = new VerticalLayout();
        body.setMargin(false);
        body.setSpacing(false);
        body.setId("crm-sharing-pending");
        List<SharingRequest> incoming = new ServiceCall(context).get(
                () -> sharing.incoming(context.user(), true, PageRequest.first(SharingView.ROWS)), null);
        List<SharingRequest> pending = SharingRows.pendingFor(incoming == null ? List.of() : incoming, customerId);
        for (SharingRequest request : pending) {
            Label who = new Label(keys.get("sharing.card.line", request.requesterName(),
                    names.company(request.requesterUnitId()), request.reason()));
            who.addStyleName(ValoTheme.LABEL_SMALL);
            who.setWidth("260px");
            // the whole page is built afresh, so the owners tab shows the new serving unit too
            Runnable again = context::reloadView;
            Button approve = new Button(keys.get("sharing.approve"), e -> decision.open(request, true, again));
            approve.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_FRIENDLY);
            Button decline = new Button(keys.get("sharing.decline"), e -> decision.open(request, false, again));
            decline.addStyleName(ValoTheme.BUTTON_SMALL);
            body.addComponents(who, new com.vaadin.ui.HorizontalLayout(approve, decline));
        }
        body.setVisible(!pending.isEmpty());
        return body;
    }
}
