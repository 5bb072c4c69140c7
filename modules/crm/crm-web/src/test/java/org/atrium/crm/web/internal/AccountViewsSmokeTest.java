package org.atrium.crm.web.internal;

import static org.atrium.crm.web.internal.ComponentTree.texts;
import static org.atrium.crm.web.internal.ComponentTree.visible;
import static org.atrium.crm.web.internal.ComponentTree.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerField;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.PoolCustomer;
import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.api.customer.SharingStatus;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.keyaccount.DormantCustomer;
import org.atrium.crm.api.keyaccount.KeyAccountService;
import org.atrium.crm.api.keyaccount.ParetoReport;
import org.atrium.crm.api.keyaccount.ParetoRow;
import org.atrium.crm.api.keyaccount.TierDistribution;
import org.atrium.crm.api.keyaccount.TierRecomputeResult;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.web.internal.accounts.CustomerActionsCard;
import org.atrium.crm.web.internal.customer.Customer360Contribution;
import org.atrium.crm.web.internal.customer.CustomerExtensions;
import org.atrium.crm.web.internal.keyaccount.KeyAccountsContribution;
import org.atrium.crm.web.internal.pool.PoolContribution;
import org.atrium.crm.web.internal.sharing.PendingSharingCard;
import org.atrium.crm.web.internal.sharing.SharingContribution;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.junit.jupiter.api.Test;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.UI;
import com.vaadin.ui.Window;

/**
 * Builds the account screens (公海, 共享申请, 大客户分析) and the 360 cards (pending sharing requests,
 * customer actions with release and merge) against mocked services, and drives claim, merge and
 * tier recomputation through their dialogs.
 */
class AccountViewsSmokeTest {

    private static final UserContext ADMIN = new UserContext(5, "majuan", "马娟", 3, Locale.SIMPLIFIED_CHINESE);
    private static final Instant T = Instant.parse("2025-03-01T02:00:00Z");
    private static final Customer CUSTOMER = customer(42, "C2025000042", "上海华东钢铁贸易有限公司", null, 5);
    private static final Customer DUPLICATE = customer(77, "C2025000077", "上海华东钢铁贸易公司", "华东钢贸", 8);
    private static final Customer POOLED = customer(55, "C2025000055", "苏州精工机械有限公司", null, 0);

    private final CustomerService customers = mock(CustomerService.class);
    private final CustomerPoolService pool = mock(CustomerPoolService.class);
    private final SharingService sharing = mock(SharingService.class);
    private final KeyAccountService keyAccounts = mock(KeyAccountService.class);
    private final ContactService contacts = mock(ContactService.class);
    private final OpportunityService opportunities = mock(OpportunityService.class);
    private final ActivityService activities = mock(ActivityService.class);
    private final UserService users = mock(UserService.class);
    private final OrgService org = mock(OrgService.class);
    private final ShellContext context = mock(ShellContext.class);
    private final UI ui = mock(UI.class);
    private final List<Window> windows = new ArrayList<>();
    private final CustomerExtensions extensions = new CustomerExtensions();

    AccountViewsSmokeTest() {
        when(context.user()).thenReturn(ADMIN);
        when(context.locale()).thenReturn(ADMIN.locale());
        when(context.isPermitted(any())).thenReturn(true);
        when(context.ui()).thenReturn(ui);
        doAnswer(a -> windows.add(a.getArgument(0))).when(ui).addWindow(any());
        OrgUnit unit = new OrgUnit(3, 2L, "HD-SALES", "华东销售部", OrgUnitType.DEPARTMENT, null, 0, 2);
        when(org.unit(anyLong())).thenReturn(Optional.of(unit));
        when(org.companyOf(anyLong())).thenReturn(new OrgUnit(2, 1L, "HD", "华东销售公司", OrgUnitType.SUBSIDIARY, null, 0, 1));
        when(users.summary(anyLong())).thenReturn(Optional.of(
                new UserSummary(5, "majuan", "马娟", 3, "华东销售部", "总经理", null, null, true)));
        when(customers.get(any(), eq(42L))).thenReturn(CUSTOMER);
        when(customers.search(any(), any(), any())).thenReturn(List.of(DUPLICATE));
        when(customers.count(any(), any())).thenReturn(1);
        when(pool.poolCustomers(any(), any(), any())).thenReturn(List.of(new PoolCustomer(POOLED, T, null)));
        when(pool.countPool(any(), any())).thenReturn(1);
        when(pool.poolDays(anyLong())).thenReturn(30);
        when(pool.claimLimit()).thenReturn(50);
        SharingRequest pending = new SharingRequest(9, 42L, CUSTOMER.name(), "华东销售公司", "马娟", 12, "李娜", 7,
                "华南区也在为该客户提供物流服务", SharingStatus.PENDING, null, T, null);
        when(sharing.incoming(any(), anyBoolean(), any())).thenReturn(List.of(pending));
        when(sharing.outgoing(any(), any())).thenReturn(List.of(new SharingRequest(10, null, null, "华南销售公司", "王强",
                5, "马娟", 3, "同一集团采购", SharingStatus.DECLINED, "已由华南跟进", T, T)));
        when(keyAccounts.pareto(any(), any())).thenReturn(new ParetoReport(new BigDecimal("3000000"), 2, 1, 0.5, 0.8,
                1, 1, List.of(new ParetoRow(1, 42, "C2025000042", CUSTOMER.name(), new BigDecimal("2000000"), 0.667,
                        0.667, Tier.A1, Tier.A2),
                        new ParetoRow(2, 77, "C2025000077", DUPLICATE.name(), new BigDecimal("1000000"), 0.333, 1.0,
                                Tier.A2, null))));
        when(keyAccounts.tierDistribution(any())).thenReturn(new TierDistribution(
                Map.of(Tier.A1, 1, Tier.A2, 1, Tier.B, 5, Tier.C, 12), 3));
        when(keyAccounts.dormant(any(), anyInt(), any())).thenReturn(List.of(new DormantCustomer(CUSTOMER, null, 120)));
        when(keyAccounts.countDormant(any(), anyInt())).thenReturn(1);
        extensions.addCard(new PendingSharingCard(sharing, users, org));
        extensions.addCard(new CustomerActionsCard(customers, pool, contacts, opportunities, activities, users, org));
    }

    private static Customer customer(long id, String code, String name, String shortName, long owner) {
        return new Customer(id, code, name, shortName, null, "钢铁贸易", "上海市", "上海市", CustomerType.ENTERPRISE, null,
                LifecycleStage.OPPORTUNITY, Tier.A2, null, owner, 3, null, List.of(), "x", T, T, 3);
    }

    private List<ViewContribution> views() {
        return List.of(new PoolContribution(pool, users, org), new SharingContribution(sharing, users, org),
                new KeyAccountsContribution(keyAccounts, customers, users, org));
    }

    @Test
    void viewsAreInTheCrmCategoryWithTheirIdsTitlesAndPermission() {
        assertThat(views()).extracting(ViewContribution::id).containsExactly("crm/pool", "crm/sharing",
                "crm/key-accounts");
        assertThat(views()).extracting(ViewContribution::categoryId).containsOnly(NavigationCategory.CRM);
        assertThat(views()).extracting(ViewContribution::requiredPermission).containsOnly(CrmPermissions.CUSTOMER_VIEW);
        assertThat(views()).extracting(v -> v.title(Locale.SIMPLIFIED_CHINESE)).containsExactly("公海", "共享申请",
                "大客户分析");
        assertThat(views()).extracting(v -> v.title(Locale.ENGLISH)).containsExactly("Public pool",
                "Sharing requests", "Key accounts");
    }

    @Test
    void thePoolShowsItsRulesAndAClaimThatIsRefusedSaysWhy() {
        Component page = open(views().get(0), "");
        assertThat(texts(page)).contains("公海", "本公司的客户 30 天无跟进即退回公海。 每人最多负责 50 个客户，达到上限后不能再领取。");

        when(pool.claim(ADMIN, 55)).thenThrow(new ValidationException("", "您负责的客户已达上限（50 个），不能再从公海领取。"));
        claimFirstRow(page);

        verify(context).showError("您负责的客户已达上限（50 个），不能再从公海领取。");
        verify(context, never()).navigate(any(), any());
    }

    @Test
    void aSuccessfulClaimOpensTheCustomer() {
        when(pool.claim(ADMIN, 55)).thenReturn(customer(55, "C2025000055", "苏州精工机械有限公司", null, 5));

        claimFirstRow(open(views().get(0), ""));

        verify(context).notify("已认领客户「苏州精工机械有限公司」");
        verify(context).navigate("crm/customer", "55");
    }

    @Test
    void sharingRequestsListIncomingWithDecisionsAndOutgoingWithStatus() {
        Component page = open(views().get(1), "");

        assertThat(texts(page)).contains("共享申请", "我负责的客户收到的申请", "我发出的申请");
        @SuppressWarnings("unchecked")
        List<com.vaadin.ui.Grid<SharingRequest>> grids = (List<com.vaadin.ui.Grid<SharingRequest>>) (List<?>) find(page,
                com.vaadin.ui.Grid.class);
        assertThat(grids).hasSize(2);
        assertThat(grids.get(0).getColumns()).extracting(c -> c.getCaption()).contains("申请人", "申请理由", "状态");
        assertThat(grids.get(1).getColumns()).extracting(c -> c.getCaption()).contains("持有方", "处理意见");
    }

    @Test
    void the360ShowsPendingRequestsAndActionsAndApprovesThroughADialog() {
        Component page = open(new Customer360Contribution(customers, users, org, extensions), "42");

        assertThat(texts(page)).contains("待处理的共享申请", "李娜（华东销售公司）申请共享：华南区也在为该客户提供物流服务", "客户操作");
        assertThat(buttons(page)).contains("同意", "拒绝", "退回公海", "合并客户");

        click(page, "同意");
        Window dialog = windows.get(windows.size() - 1);
        click(dialog, "同意");
        verify(sharing).approve(ADMIN, 9, null);
        verify(context).notify("已同意 李娜 的共享申请");
        verify(context).reloadView();
    }

    @Test
    void withoutEditOrMergeTheActionsAndRequestsAreNotShown() {
        when(context.isPermitted(CrmPermissions.CUSTOMER_EDIT)).thenReturn(false);
        when(context.isPermitted(CrmPermissions.CUSTOMER_MERGE)).thenReturn(false);

        Component page = open(new Customer360Contribution(customers, users, org, extensions), "42");

        assertThat(texts(page)).doesNotContain("客户操作", "待处理的共享申请");
        assertThat(buttons(page)).doesNotContain("退回公海", "合并客户", "同意");
    }

    @Test
    void mergePicksTheDuplicateThenFieldsThenConfirmsWhatMoves() {
        when(contacts.count(any(), any())).thenReturn(3);
        when(opportunities.count(any(), any())).thenReturn(2);
        when(activities.count(any(), any())).thenReturn(14);
        when(customers.merge(any(), eq(42L), eq(77L), any())).thenReturn(CUSTOMER);
        Component page = open(new Customer360Contribution(customers, users, org, extensions), "42");

        click(page, "合并客户");
        Window dialog = windows.get(windows.size() - 1);
        @SuppressWarnings("unchecked")
        ComboBox<Customer> picker = (ComboBox<Customer>) find(dialog, ComboBox.class).get(0);
        picker.setValue(DUPLICATE);
        List<RadioButtonGroup> radios = find(dialog, RadioButtonGroup.class);
        assertThat(radios).extracting(Component::getCaption).containsExactly("客户名称", "简称", "负责人");
        assertThat(texts(dialog)).contains("上海市（两者相同）");
        click(dialog, "合并");
        Window confirm = windows.get(windows.size() - 1);
        assertThat(texts(confirm)).anySatisfy(t -> assertThat(t)
                .contains("将「上海华东钢铁贸易公司」（C2025000077）合并到「上海华东钢铁贸易有限公司」（C2025000042）。",
                        "（C2025000042）。采用重复客户的：简称。转移联系人 3 个、商机 2 个、跟进记录 14 条", "编码 C2025000077 保留为别名"));
        click(confirm, "合并");

        verify(customers).merge(ADMIN, 42, 77, EnumSet.of(CustomerField.SHORT_NAME));
        verify(context).reloadView();
    }

    @Test
    void releasingToThePoolIsConfirmedAndLeadsToThePool() {
        when(pool.releaseToPool(ADMIN, 42)).thenReturn(POOLED);
        Component page = open(new Customer360Contribution(customers, users, org, extensions), "42");

        click(page, "退回公海");
        click(windows.get(windows.size() - 1), "退回公海");

        verify(pool).releaseToPool(ADMIN, 42);
        verify(context).navigate("crm/pool", null);
    }

    @Test
    void keyAccountsDrawTheChartsAndRecomputeReportsTheResult() {
        when(keyAccounts.recomputeTiers(ADMIN)).thenReturn(new TierRecomputeResult(20, 4,
                Map.of(Tier.A1, 2, Tier.A2, 3, Tier.B, 6, Tier.C, 9)));
        Component page = open(views().get(2), "");

        List<String> texts = texts(page);
        assertThat(texts).contains("近 12 个月赢单总额 ¥300万，共 2 个客户有成交；前 1 个客户贡献了 80%。"
                + "A1 客户 1 个（累计占比至 50.0%），A2 客户 1 个（累计占比至 80.0%）。");
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("<svg").contains("<polyline", "A1 50.0%"));
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("<svg").contains("12 (54.5%)", "未分级"));
        assertThat(buttons(page)).contains("重新计算客户等级", "A1：1 个客户", "C：12 个客户");
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("<svg").contains("30 天以上", "365 天以上", ">1</text>"));

        click(page, "重新计算客户等级");
        click(windows.get(windows.size() - 1), "重新计算客户等级");

        verify(context).notify("已计算 20 个客户，其中 4 个等级发生变化。现有 A1 2 个、A2 3 个、B 6 个、C 9 个。");
    }

    @Test
    void keyAccountsHideTheRecomputeWithoutEdit() {
        when(context.isPermitted(CrmPermissions.CUSTOMER_EDIT)).thenReturn(false);

        assertThat(visibleButtons(open(views().get(2), ""))).doesNotContain("重新计算客户等级");
    }

    private void claimFirstRow(Component page) {
        @SuppressWarnings("unchecked")
        com.vaadin.ui.Grid<PoolCustomer> grid = (com.vaadin.ui.Grid<PoolCustomer>) find(page, com.vaadin.ui.Grid.class)
                .get(0);
        com.vaadin.ui.Grid.Column<PoolCustomer, ?> claimColumn = grid.getColumns().get(grid.getColumns().size() - 1);
        Button claim = (Button) claimColumn.getValueProvider().apply(new PoolCustomer(POOLED, T, null));
        assertThat(claim.getCaption()).isEqualTo("认领");
        claim.click();
        Window confirm = windows.get(windows.size() - 1);
        assertThat(texts(confirm)).contains("确定认领客户「苏州精工机械有限公司」（C2025000055）吗？认领后您将成为该客户的负责人。");
        click(confirm, "认领");
    }

    private Component open(ViewContribution contribution, String parameter) {
        View view = contribution.createView(context);
        view.enter(new ViewChangeEvent(mock(Navigator.class), null, view, contribution.id(), parameter));
        return view.getViewComponent();
    }

    private static void click(Component root, String caption) {
        List<Button> matching = new ArrayList<>();
        walk(root, c -> {
            if (c instanceof Button b && caption.equals(b.getCaption()) && b.isVisible()) {
                matching.add(b);
            }
        });
        assertThat(matching).as("button " + caption).isNotEmpty();
        matching.get(matching.size() - 1).click();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static <C> List<C> find(Component root, Class<C> type) {
        List out = new ArrayList<>();
        walk(root, c -> {
            if (type.isInstance(c)) {
                out.add(c);
            }
        });
        return out;
    }

    private static List<String> buttons(Component component) {
        List<String> out = new ArrayList<>();
        walk(component, c -> {
            if (c instanceof Button button && visible(button)) {
                out.add(button.getCaption());
            }
        });
        return out;
    }

    private static List<String> visibleButtons(Component component) {
        return buttons(component);
    }
}
