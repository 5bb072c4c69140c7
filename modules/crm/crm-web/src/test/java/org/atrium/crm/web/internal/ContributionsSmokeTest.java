package org.atrium.crm.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.activity.Activity;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.api.activity.ActivityType;
import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.contact.DecisionRole;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.ServiceRelationship;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.api.opportunity.FunnelGroup;
import org.atrium.crm.api.opportunity.FunnelQuery;
import org.atrium.crm.api.opportunity.FunnelReport;
import org.atrium.crm.api.opportunity.FunnelStage;
import org.atrium.crm.api.opportunity.MonthlyForecast;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.web.api.CustomerTabContribution;
import org.atrium.crm.web.internal.activity.TimelineTab;
import org.atrium.crm.web.internal.contact.ContactContribution;
import org.atrium.crm.web.internal.contact.ContactsContribution;
import org.atrium.crm.web.internal.contact.ContactsTab;
import org.atrium.crm.web.internal.customer.Customer360Contribution;
import org.atrium.crm.web.internal.customer.CustomerExtensions;
import org.atrium.crm.web.internal.customer.CustomersContribution;
import org.atrium.crm.web.internal.funnel.FunnelContribution;
import org.atrium.crm.web.internal.lead.LeadContribution;
import org.atrium.crm.web.internal.lead.LeadsContribution;
import org.atrium.crm.web.internal.opportunity.OpenOpportunitiesCard;
import org.atrium.crm.web.internal.opportunity.OpportunitiesContribution;
import org.atrium.crm.web.internal.opportunity.OpportunitiesTab;
import org.atrium.crm.web.internal.portlet.FunnelPortlet;
import org.atrium.crm.web.internal.portlet.MyCustomersPortlet;
import org.atrium.crm.web.internal.portlet.MyOpportunitiesPortlet;
import org.atrium.crm.web.internal.portlet.OverdueLeadsPortlet;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.junit.jupiter.api.Test;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.AbstractSplitPanel;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;

/**
 * Builds every view, 360 tab, card and portlet against mocked services, as the shell would for one
 * session, and checks ids, categories, permissions and what the page shows first.
 */
class ContributionsSmokeTest {

    private static final UserContext REP = new UserContext(5, "zhangwei", "张伟", 3, Locale.SIMPLIFIED_CHINESE);
    private static final Instant T = Instant.parse("2025-03-01T02:00:00Z");
    private static final Customer CUSTOMER = new Customer(42, "C2025000042", "上海华东钢铁贸易有限公司", "华东钢贸",
            "91310000MA1K4ABC1X", "钢铁贸易", "上海市", "上海市", CustomerType.ENTERPRISE, "展会", LifecycleStage.OPPORTUNITY,
            Tier.A2, "AA", 5, 3, null, List.of(), "shhdgtmy", T, T, 3);
    private static final List<PipelineStage> STAGES = List.of(
            new PipelineStage("QUALIFY", "需求确认", "Qualify", 20, 1, StageKind.OPEN),
            new PipelineStage("PROPOSAL", "方案报价", "Proposal", 50, 2, StageKind.OPEN),
            new PipelineStage("WON", "赢单", "Won", 100, 8, StageKind.WON),
            new PipelineStage("LOST", "输单", "Lost", 0, 9, StageKind.LOST));
    private static final Opportunity OPPORTUNITY = new Opportunity(7, 42, "2025年度钢材框架采购", "PROPOSAL",
            OpportunityStatus.OPEN, 50, new BigDecimal("1200000"), LocalDate.of(2025, 6, 30), List.of(), null, 5, 3,
            null, T, T);

    private final CustomerService customers = mock(CustomerService.class);
    private final SharingService sharing = mock(SharingService.class);
    private final ContactService contacts = mock(ContactService.class);
    private final LeadService leads = mock(LeadService.class);
    private final OpportunityService opportunities = mock(OpportunityService.class);
    private final ActivityService activities = mock(ActivityService.class);
    private final UserService users = mock(UserService.class);
    private final OrgService org = mock(OrgService.class);
    private final ShellContext context = mock(ShellContext.class);
    private final CustomerExtensions extensions = new CustomerExtensions();

    ContributionsSmokeTest() {
        when(context.user()).thenReturn(REP);
        when(context.locale()).thenReturn(REP.locale());
        when(context.isPermitted(any())).thenReturn(true);
        OrgUnit unit = new OrgUnit(3, 2L, "HD-SALES", "华东销售部", OrgUnitType.DEPARTMENT, null, 0, 2);
        when(org.unit(anyLong())).thenReturn(Optional.of(unit));
        when(org.companyOf(anyLong())).thenReturn(new OrgUnit(2, 1L, "HD", "华东销售公司", OrgUnitType.SUBSIDIARY, null, 0, 1));
        when(org.all()).thenReturn(List.of(unit));
        when(users.summary(anyLong())).thenReturn(Optional.of(
                new UserSummary(5, "zhangwei", "张伟", 3, "华东销售部", "销售经理", null, null, true)));
        when(customers.search(any(), any(), any())).thenReturn(List.of(CUSTOMER));
        when(customers.count(any(), any())).thenReturn(1);
        when(customers.get(any(), eq(42L))).thenReturn(CUSTOMER);
        when(customers.serviceRelationships(any(), anyLong())).thenReturn(List.of(
                new ServiceRelationship(42, 9, "华南区物流服务", T)));
        Contact contact = new Contact(11, 42, "王芳", "采购经理", "采购部", DecisionRole.PURCHASER, "13900001111", null,
                "wangfang@example.cn", 4, null, 5, 3, T, T);
        when(contacts.search(any(), any(), any())).thenReturn(List.of(contact));
        when(contacts.count(any(), any())).thenReturn(1);
        when(contacts.countUpTo(any(), any(), anyInt())).thenReturn(1);
        when(contacts.get(any(), eq(11L))).thenReturn(contact);
        Lead lead = new Lead(21, "苏州精工机械有限公司", "陈刚", "13800001111", null, "江苏省", "苏州市", "机械",
                SourceChannel.EXHIBITION, "询价数控机床", LeadStatus.NEW, 5, 3, T, null, T, T);
        when(leads.search(any(), any(), any())).thenReturn(List.of(lead));
        when(leads.count(any(), any())).thenReturn(1);
        when(leads.countUpTo(any(), any(), anyInt())).thenReturn(1);
        when(leads.get(any(), eq(21L))).thenReturn(lead);
        when(opportunities.stages()).thenReturn(STAGES);
        when(opportunities.search(any(), any(), any())).thenReturn(List.of(OPPORTUNITY));
        when(opportunities.count(any(), any())).thenReturn(1);
        when(opportunities.countUpTo(any(), any(), anyInt())).thenReturn(1);
        when(activities.search(any(), any(), any())).thenReturn(List.of(new Activity(31, ActivityType.VISIT, "上门",
                "拜访采购部，确认年度框架需求", null, T, 42, 11L, 7L, "发送报价单", LocalDate.of(2025, 3, 8), false, 5, 3, T)));
        FunnelStage qualify = new FunnelStage("QUALIFY", "需求确认", 20, 3, new BigDecimal("900000"),
                new BigDecimal("180000"), 10, 0.6);
        FunnelStage proposal = new FunnelStage("PROPOSAL", "方案报价", 50, 1, new BigDecimal("1200000"),
                new BigDecimal("600000"), 6, 0.5);
        FunnelGroup total = new FunnelGroup(null, null, List.of(qualify, proposal), 2, new BigDecimal("500000"), 1,
                0.667, List.of(new MonthlyForecast(YearMonth.of(2025, 6), 1, new BigDecimal("1200000"),
                        new BigDecimal("600000"), BigDecimal.ZERO)));
        when(opportunities.funnel(any(), any())).thenAnswer(a -> new FunnelReport(a.getArgument(1, FunnelQuery.class),
                total, List.of()));
        extensions.addTab(new ContactsTab(contacts));
        extensions.addTab(new OpportunitiesTab(opportunities, users, org));
        extensions.addTab(new TimelineTab(activities, contacts, opportunities, users, org));
        extensions.addCard(new OpenOpportunitiesCard(opportunities));
    }

    private List<ViewContribution> views() {
        return List.of(new CustomersContribution(customers, users, org, sharing),
                new Customer360Contribution(customers, users, org, extensions),
                new ContactsContribution(contacts, customers, users, org),
                new ContactContribution(contacts, customers, activities, users, org),
                new LeadsContribution(leads, customers, users, org), new LeadContribution(leads, customers, users, org),
                new OpportunitiesContribution(opportunities, customers, users, org),
                new FunnelContribution(opportunities));
    }

    @Test
    void viewsAreInTheCrmCategoryWithTheirPermissionsAndTheLinkedIds() {
        assertThat(views()).extracting(ViewContribution::id).containsExactly("crm/customers", "crm/customer",
                "crm/contacts", "crm/contact", "crm/leads", "crm/lead", "crm/opportunities", "crm/funnel");
        assertThat(views()).extracting(ViewContribution::categoryId).containsOnly(NavigationCategory.CRM);
        assertThat(views()).extracting(ViewContribution::inNavigation)
                .containsExactly(true, false, true, false, true, false, true, true);
        assertThat(views()).extracting(ViewContribution::requiredPermission).containsExactly(
                CrmPermissions.CUSTOMER_VIEW, CrmPermissions.CUSTOMER_VIEW, CrmPermissions.CONTACT_VIEW,
                CrmPermissions.CONTACT_VIEW, CrmPermissions.LEAD_VIEW, CrmPermissions.LEAD_VIEW,
                CrmPermissions.OPPORTUNITY_VIEW, CrmPermissions.OPPORTUNITY_VIEW);
        assertThat(views()).extracting(v -> v.title(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("客户", "客户全景", "联系人", "联系人详情", "线索", "线索详情", "商机", "销售漏斗");
        assertThat(views()).extracting(v -> v.title(Locale.ENGLISH))
                .containsExactly("Customers", "Customer 360", "Contacts", "Contact", "Leads", "Lead", "Opportunities",
                        "Sales funnel");
    }

    @Test
    void listViewsBuildForASession() {
        assertThat(texts(open(views().get(0), ""))).contains("客户");
        assertThat(texts(open(views().get(2), ""))).contains("联系人", "共 1 条");
        assertThat(texts(open(views().get(4), ""))).contains("线索", "共 1 条");
        assertThat(texts(open(views().get(7), ""))).contains("销售漏斗", "按月预测（预计成交月份）");
    }

    @Test
    void theCustomer360ShowsHeaderCardsAndEveryTabInOrder() {
        Component page = open(views().get(1), "42");

        assertThat(texts(page)).contains("上海华东钢铁贸易有限公司", "客户编码：C2025000042", "负责人：张伟",
                "生命周期：商机客户", "进行中商机", "1 个 · ¥120万（加权 ¥60万）");
        assertThat(tabCaptions(page)).containsExactly("基本资料", "联系人", "商机", "跟进记录", "负责人与共享");
        assertThat(texts(page)).contains("拜访采购部，确认年度框架需求", "下一步：发送报价单　2025-03-08");
    }

    @Test
    void aFailingContributedTabIsLeftOutAndTheRestStillShows() {
        extensions.addTab(new CustomerTabContribution() {
            public String id() {
                return "vendor.broken";
            }

            public String title(Locale locale) {
                return "坏掉的页签";
            }

            public int order() {
                return 150;
            }

            public String requiredPermission() {
                return null;
            }

            public Component createTab(ShellContext ctx, long customerId) {
                throw new IllegalStateException("vendor bug");
            }
        });

        assertThat(tabCaptions(open(views().get(1), "42")))
                .containsExactly("基本资料", "联系人", "商机", "跟进记录", "负责人与共享");
    }

    @Test
    void tabsTheUserMayNotSeeAreNotBuilt() {
        when(context.isPermitted(CrmPermissions.ACTIVITY_VIEW)).thenReturn(false);
        when(context.isPermitted(CrmPermissions.OPPORTUNITY_VIEW)).thenReturn(false);

        Component page = open(views().get(1), "42");

        assertThat(tabCaptions(page)).containsExactly("基本资料", "联系人", "负责人与共享");
        assertThat(texts(page)).doesNotContain("进行中商机");
    }

    @Test
    void unknownOrMalformedIdsShowANotice() {
        assertThat(texts(open(views().get(1), "abc"))).contains("客户不存在，或不在您的数据范围内。");
        assertThat(texts(open(views().get(3), ""))).contains("联系人不存在，或不在您的数据范围内。");
    }

    @Test
    void detailViewsBuild() {
        assertThat(texts(open(views().get(3), "11"))).contains("王芳", "客户：上海华东钢铁贸易有限公司", "拜访采购部，确认年度框架需求");
        assertThat(texts(open(views().get(5), "21"))).contains("陈刚 · 苏州精工机械有限公司", "已超过首次跟进期限（逾期）");
    }

    @Test
    void theKanbanHasAColumnPerStageWithCountAndAmount() {
        Component page = open(views().get(6), "kanban");

        assertThat(texts(page)).contains("需求确认 · 20%", "方案报价 · 50%", "赢单 · 100%", "输单 · 0%",
                "1 个 · ¥120万", "上海华东钢铁贸易有限公司");
        assertThat(buttons(page)).contains("2025年度钢材框架采购");
    }

    @Test
    void portletsShowRowsOrAnEmptyStateAndLinkToTheFullView() {
        List<PortletContribution> portlets = List.of(new MyCustomersPortlet(customers),
                new MyOpportunitiesPortlet(opportunities), new OverdueLeadsPortlet(leads), new FunnelPortlet(opportunities));
        assertThat(portlets).extracting(PortletContribution::id).containsExactly("crm.my-customers",
                "crm.my-opportunities", "crm.overdue-leads", "crm.funnel");
        assertThat(portlets).extracting(p -> p.title(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("我的客户", "我的商机", "逾期线索", "销售漏斗");

        // list portlets are one label of escaped HTML with fragment links
        assertThat(html(portlets.get(0).createPortlet(context))).contains("上海华东钢铁贸易有限公司", "查看全部 »",
                "href=\"#!crm/customers\"");
        assertThat(html(portlets.get(1).createPortlet(context))).contains("2025年度钢材框架采购");
        assertThat(html(portlets.get(2).createPortlet(context))).contains("陈刚 · 苏州精工机械有限公司");
        assertThat(html(portlets.get(3).createPortlet(context))).contains("需求确认", "3 个 · ¥90万");

        when(customers.search(any(), any(), any())).thenReturn(List.of());
        when(leads.search(any(), any(), any())).thenReturn(List.of());
        assertThat(html(portlets.get(0).createPortlet(context))).contains("您名下还没有客户");
        assertThat(html(portlets.get(2).createPortlet(context))).contains("没有逾期线索");
    }

    private Component open(ViewContribution contribution, String parameter) {
        View view = contribution.createView(context);
        view.enter(new ViewChangeEvent(mock(Navigator.class), null, view, contribution.id(), parameter));
        return view.getViewComponent();
    }

    private static List<String> tabCaptions(Component page) {
        List<String> out = new ArrayList<>();
        walk(page, c -> {
            if (c instanceof TabSheet tabs) {
                for (int i = 0; i < tabs.getComponentCount(); i++) {
                    out.add(tabs.getTab(i).getCaption());
                }
            }
        });
        return out;
    }

    private static List<String> texts(Component component) {
        List<String> out = new ArrayList<>();
        walk(component, c -> {
            if (c instanceof Label label) {
                out.add(label.getValue());
            }
        });
        return out;
    }

    private static String html(Component component) {
        return String.join("\n", texts(component));
    }

    private static List<String> buttons(Component component) {
        List<String> out = new ArrayList<>();
        walk(component, c -> {
            if (c instanceof Button button) {
                out.add(button.getCaption());
            }
        });
        return out;
    }

    private static void walk(Component component, java.util.function.Consumer<Component> visit) {
        visit.accept(component);
        if (component instanceof AbstractSplitPanel split) {
            split.forEach(child -> walk(child, visit));
        } else if (component instanceof HasComponents container) {
            container.forEach(child -> walk(child, visit));
        }
    }
}
