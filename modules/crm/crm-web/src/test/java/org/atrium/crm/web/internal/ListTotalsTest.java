package org.atrium.crm.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.crm.web.internal.ComponentTree.walk;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.web.internal.contact.ContactsContribution;
import org.atrium.crm.web.internal.lead.LeadsContribution;
import org.atrium.crm.web.internal.opportunity.OpportunitiesContribution;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.junit.jupiter.api.Test;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;

/**
 * The contact, lead and opportunity lists count up to one more than they show ({@code countUpTo}, never an exact
 * count of the whole scope) and say "more than 2,000" when there are more, the exact total otherwise.
 */
class ListTotalsTest {

    private static final UserContext REP = new UserContext(5, "zhangwei", "张伟", 3, Locale.SIMPLIFIED_CHINESE);
    private static final String MORE_ZH = "超过 2,000 条，列表只显示前 2,000 条，请用筛选条件缩小范围（导出包含全部）";

    private final CustomerService customers = mock(CustomerService.class);
    private final ContactService contacts = mock(ContactService.class);
    private final LeadService leads = mock(LeadService.class);
    private final OpportunityService opportunities = mock(OpportunityService.class);
    private final UserService users = mock(UserService.class);
    private final OrgService org = mock(OrgService.class);
    private final ShellContext context = mock(ShellContext.class);

    ListTotalsTest() {
        user(REP);
        when(context.isPermitted(any())).thenReturn(true);
        when(users.summary(anyLong())).thenReturn(Optional.empty());
        when(org.unit(anyLong())).thenReturn(Optional.empty());
        when(opportunities.stages()).thenReturn(List.of(
                new PipelineStage("QUALIFY", "需求确认", "Qualify", 20, 1, StageKind.OPEN),
                new PipelineStage("WON", "赢单", "Won", 100, 8, StageKind.WON),
                new PipelineStage("LOST", "输单", "Lost", 0, 9, StageKind.LOST)));
    }

    private void user(UserContext user) {
        when(context.user()).thenReturn(user);
        when(context.locale()).thenReturn(user.locale());
    }

    @Test
    void theContactListSaysWhenThereAreMoreThanItShowsAndTheTotalOtherwise() {
        when(contacts.countUpTo(any(), any(), anyInt())).thenAnswer(a -> Math.min(3_000_000, (int) a.getArgument(2)));
        Component page = open(new ContactsContribution(contacts, customers, users, org));

        assertThat(total(page, "crm-contacts-total"))
                .isEqualTo("超过 2,000 条，列表只显示前 2,000 条，请用搜索条件缩小范围（导出包含全部）");
        // asked for one more than the list shows, never for an exact count
        verify(contacts).countUpTo(eq(REP), any(), eq(2_001));
        verify(contacts, never()).count(any(), any());

        when(contacts.countUpTo(any(), any(), anyInt())).thenReturn(37);
        search(page, "crm-contacts-search", "王");
        assertThat(total(page, "crm-contacts-total")).isEqualTo("共 37 条");
        verify(contacts).countUpTo(eq(REP), argThat(f -> f != null && "王".equals(f.text())), eq(2_001));

        when(contacts.countUpTo(any(), any(), anyInt())).thenReturn(2_000);
        search(page, "crm-contacts-search", "王芳");
        assertThat(total(page, "crm-contacts-total")).isEqualTo("共 2,000 条");
        verify(contacts, never()).count(any(), any());
    }

    @Test
    void theLeadListSaysWhenThereAreMoreThanItShowsAndTheTotalOtherwise() {
        when(leads.countUpTo(any(), any(), anyInt())).thenAnswer(a -> Math.min(250_000, (int) a.getArgument(2)));
        Component page = open(new LeadsContribution(leads, customers, users, org));

        assertThat(total(page, "crm-leads-total")).isEqualTo(MORE_ZH);
        verify(leads).countUpTo(eq(REP), any(), eq(2_001));
        verify(leads, never()).count(any(), any());

        when(leads.countUpTo(any(), any(), anyInt())).thenReturn(12);
        search(page, "crm-leads-search", "苏州");
        assertThat(total(page, "crm-leads-total")).isEqualTo("共 12 条");
        verify(leads).countUpTo(eq(REP), argThat(f -> f != null && "苏州".equals(f.text())), eq(2_001));
        verify(leads, never()).count(any(), any());
    }

    @Test
    void theOpportunityListSaysWhenThereAreMoreThanItShowsAndTheTotalOtherwise() {
        when(opportunities.countUpTo(any(), any(), anyInt()))
                .thenAnswer(a -> Math.min(400_000, (int) a.getArgument(2)));
        Component page = open(new OpportunitiesContribution(opportunities, customers, users, org));

        assertThat(total(page, "crm-opportunities-total")).isEqualTo(MORE_ZH);
        verify(opportunities).countUpTo(eq(REP), any(), eq(2_001));
        verify(opportunities, never()).count(any(), any());

        when(opportunities.countUpTo(any(), any(), anyInt())).thenReturn(0);
        search(page, "crm-opportunities-search", "框架采购");
        assertThat(total(page, "crm-opportunities-total")).isEqualTo("共 0 条");
        verify(opportunities).countUpTo(eq(REP), argThat(f -> f != null && "框架采购".equals(f.text())), eq(2_001));
        verify(opportunities, never()).count(any(), any());
    }

    @Test
    void theTotalsAreInEnglishForAnEnglishUser() {
        user(new UserContext(5, "zhangwei", "Zhang Wei", 3, Locale.ENGLISH));
        when(contacts.countUpTo(any(), any(), anyInt())).thenReturn(2_001);
        when(leads.countUpTo(any(), any(), anyInt())).thenReturn(5);
        when(opportunities.countUpTo(any(), any(), anyInt())).thenReturn(2_001);

        assertThat(total(open(new ContactsContribution(contacts, customers, users, org)), "crm-contacts-total"))
                .isEqualTo("More than 2,000 contacts: the list shows the first 2,000; narrow it with the search "
                        + "(an export has them all)");
        assertThat(total(open(new LeadsContribution(leads, customers, users, org)), "crm-leads-total"))
                .isEqualTo("5 leads");
        assertThat(total(open(new OpportunitiesContribution(opportunities, customers, users, org)),
                "crm-opportunities-total")).isEqualTo("More than 2,000 opportunities: the list shows the first "
                        + "2,000; narrow it with the filters (an export has them all)");
    }

    private Component open(ViewContribution contribution) {
        View view = contribution.createView(context);
        view.enter(new ViewChangeEvent(mock(Navigator.class), null, view, contribution.id(), ""));
        return view.getViewComponent();
    }

    private static String total(Component page, String id) {
        Label label = (Label) byId(page, id);
        assertThat(ComponentTree.visible(label)).as(id + " visible").isTrue();
        return label.getValue();
    }

    private static void search(Component page, String id, String text) {
        ((TextField) byId(page, id)).setValue(text);
    }

    private static Component byId(Component root, String id) {
        List<Component> found = new ArrayList<>();
        walk(root, c -> {
            if (id.equals(c.getId())) {
                found.add(c);
            }
        });
        assertThat(found).as(id).hasSize(1);
        return found.get(0);
    }
}
