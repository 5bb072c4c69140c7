package org.atrium.crm.web.internal.customer;

import static org.atrium.crm.web.internal.ComponentTree.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.atrium.crm.api.customer.Classification;
import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationValue;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.TestTexts;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.shell.api.ShellContext;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HasComponents;

/** Classification values on the customer form, profile tab and list filters. */
class CustomerClassificationTest {

    private static final UserContext REP = new UserContext(5, "zhangwei", "张伟", 3, Locale.SIMPLIFIED_CHINESE);
    private static final Instant T = Instant.parse("2025-03-01T02:00:00Z");
    private static final ClassificationDimension SCALE = new ClassificationDimension("SCALE", "客户规模", true,
            List.of(new ClassificationValue("LARGE", "大型企业", false), new ClassificationValue("SMALL", "小微企业", true),
                    new ClassificationValue("MEDIUM", "中型企业", true)), 2);
    private static final ClassificationDimension OLD = new ClassificationDimension("OLD", "旧分类", false,
            List.of(new ClassificationValue("X", "某值", true)), 1);
    private static final Customer CUSTOMER = new Customer(42, "C2025000042", "上海华东钢铁贸易有限公司", null, null, null,
            "上海市", "上海市", CustomerType.ENTERPRISE, null, LifecycleStage.PROSPECT, null, null, 5, 3, null, List.of(),
            "shhdgtmy", T, T, 3, List.of(new Classification("SCALE", "客户规模", "LARGE", "大型企业", false),
                    new Classification("OLD", "旧分类", "X", "某值", true)));

    private final CustomerService customers = mock(CustomerService.class);
    private final ShellContext context = mock(ShellContext.class);

    CustomerClassificationTest() {
        when(context.user()).thenReturn(REP);
        when(context.locale()).thenReturn(REP.locale());
        when(context.isPermitted(any())).thenReturn(true);
    }

    @Test
    void aDeactivatedValueTheCustomerHoldsIsShownMarkedButNotOfferedToOthers() {
        ClassificationCombos combos = new ClassificationCombos(TestTexts.chinese(), List.of(OLD, SCALE));
        assertThat(combos.boxes()).extracting(ComboBox::getCaption).containsExactly("客户规模");
        ComboBox<ClassificationValue> box = combos.boxes().get(0);

        combos.show(CUSTOMER.classificationCodes());
        assertThat(items(box)).extracting(ClassificationValue::code).containsExactly("SMALL", "MEDIUM", "LARGE");
        assertThat(box.getItemCaptionGenerator().apply(box.getValue())).isEqualTo("大型企业（已停用）");
        assertThat(combos.read()).containsExactly(Map.entry("SCALE", "LARGE"));

        combos.show(null);
        assertThat(items(box)).extracting(ClassificationValue::code).containsExactly("SMALL", "MEDIUM");
        Map<String, String> none = new HashMap<>();
        none.put("SCALE", null);
        assertThat(combos.read()).isEqualTo(none);
        assertThat(new ClassificationCombos(TestTexts.chinese(), List.of()).read()).isNull();
    }

    @Test
    void theProfileTabSendsTheChosenValuesAndLeavesDeactivatedDimensionsAlone() {
        List<Customer> saved = new ArrayList<>();
        Consumer<Customer> sink = saved::add;
        when(customers.update(eq(REP), eq(42L), any(), eq(3L))).thenReturn(CUSTOMER);
        CustomerProfileTab tab = new CustomerProfileTab(context, TestTexts.chinese(), customers, CUSTOMER,
                List.of(OLD, SCALE), sink);
        @SuppressWarnings("unchecked")
        ComboBox<ClassificationValue> box = (ComboBox<ClassificationValue>) byId(tab, "crm-customer-class-scale");
        box.setValue(SCALE.value("MEDIUM"));
        assertThat(tab.save()).isTrue();

        ArgumentCaptor<CustomerDraft> draft = ArgumentCaptor.forClass(CustomerDraft.class);
        verify(customers).update(eq(REP), eq(42L), draft.capture(), eq(3L));
        assertThat(draft.getValue().classifications()).containsExactly(Map.entry("SCALE", "MEDIUM"));
        assertThat(saved).containsExactly(CUSTOMER);
    }

    @Test
    void theListFiltersByCityAndValueAndShowsAColumnPerActiveDimension() {
        UserService users = mock(UserService.class);
        OrgService orgService = mock(OrgService.class);
        when(users.summary(anyLong())).thenReturn(Optional.empty());
        when(orgService.unit(anyLong())).thenReturn(Optional.empty());
        when(customers.search(any(), any(), any())).thenReturn(List.of(CUSTOMER));
        when(customers.countUpTo(any(), any(), org.mockito.ArgumentMatchers.anyInt())).thenReturn(1);
        CustomersView view = new CustomersView(context, TestTexts.chinese(), customers, new Directory(users, orgService),
                mock(SharingService.class), List.of(OLD, SCALE));
        assertThat(view.gridColumns()).extracting(Grid.Column::getCaption).contains("客户规模")
                .doesNotContain("旧分类");

        view.setFilter(" 苏州市 ", "SCALE", "LARGE");
        CustomerFilter filter = view.filter();
        assertThat(filter.city()).isEqualTo("苏州市");
        assertThat(filter.classifications()).containsExactly(Map.entry("SCALE", "LARGE"));
        assertThat(CustomerFilters.of("", null, null, "", false, " ", Map.of()).city()).isNull();
    }

    @Test
    void theListSaysHowManyCustomersItHoldsAndWhenThereAreMoreThanItShows() {
        UserService users = mock(UserService.class);
        OrgService orgService = mock(OrgService.class);
        when(customers.search(any(), any(), any())).thenReturn(List.of());
        when(customers.countUpTo(any(), any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenAnswer(a -> Math.min(250_000, (int) a.getArgument(2)));
        CustomersView view = new CustomersView(context, TestTexts.chinese(), customers, new Directory(users, orgService),
                mock(SharingService.class), List.of());
        com.vaadin.ui.Label total = (com.vaadin.ui.Label) byId(view, "crm-customers-total");
        assertThat(total.getValue()).isEqualTo("超过 2,000 条，列表只显示前 2,000 条，请用筛选条件缩小范围（导出包含全部）");
        // the service is asked for one more than the list shows, never for an exact count
        org.mockito.Mockito.verify(customers).countUpTo(any(), any(), org.mockito.ArgumentMatchers.eq(2_001));
        org.mockito.Mockito.verify(customers, org.mockito.Mockito.never()).count(any(), any());

        when(customers.countUpTo(any(), any(), org.mockito.ArgumentMatchers.anyInt())).thenReturn(37);
        view.setFilter("苏州", null);
        assertThat(total.getValue()).isEqualTo("共 37 条");
    }

    @SuppressWarnings("unchecked")
    private static List<ClassificationValue> items(ComboBox<ClassificationValue> box) {
        return ((com.vaadin.data.provider.ListDataProvider<ClassificationValue>) box.getDataProvider()).getItems()
                .stream().toList();
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
