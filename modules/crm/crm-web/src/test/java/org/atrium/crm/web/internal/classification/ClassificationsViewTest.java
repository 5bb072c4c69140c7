package org.atrium.crm.web.internal.classification;

import static org.atrium.crm.web.internal.ComponentTree.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationDraft;
import org.atrium.crm.api.customer.ClassificationDraft.ValueDraft;
import org.atrium.crm.api.customer.ClassificationService;
import org.atrium.crm.api.customer.ClassificationValue;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.junit.jupiter.api.Test;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.Window;

/** The admin view of classification dimensions against a mocked service. */
class ClassificationsViewTest {

    private static final UserContext ADMIN = new UserContext(1, "majuan", "马娟", 1, Locale.SIMPLIFIED_CHINESE);
    private static final ClassificationDimension SCALE = new ClassificationDimension("SCALE", "客户规模", true,
            List.of(new ClassificationValue("LARGE", "大型企业", true), new ClassificationValue("SMALL", "小微企业", true)), 4);

    private final ClassificationService service = mock(ClassificationService.class);
    private final ShellContext context = mock(ShellContext.class);
    private final UI ui = mock(UI.class);
    private final List<Window> windows = new ArrayList<>();

    ClassificationsViewTest() {
        when(context.user()).thenReturn(ADMIN);
        when(context.locale()).thenReturn(Locale.SIMPLIFIED_CHINESE);
        when(context.ui()).thenReturn(ui);
        when(context.isPermitted(any())).thenReturn(true);
        doAnswer(a -> windows.add(a.getArgument(0))).when(ui).addWindow(any());
        when(service.dimensions(ADMIN)).thenReturn(List.of(SCALE));
    }

    private ClassificationsView open() {
        ClassificationsContribution contribution = new ClassificationsContribution(service);
        View view = contribution.createView(context);
        view.enter(new ViewChangeEvent(mock(Navigator.class), null, view, contribution.id(), ""));
        return (ClassificationsView) view;
    }

    @Test
    void theEntryIsInTheCrmCategoryForManagersOnly() {
        ClassificationsContribution contribution = new ClassificationsContribution(service);
        assertThat(contribution.categoryId()).isEqualTo(NavigationCategory.CRM);
        assertThat(contribution.requiredPermission()).isEqualTo(CrmPermissions.CLASSIFICATION_MANAGE);
        assertThat(contribution.title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("客户分类");
        assertThat(contribution.title(Locale.ENGLISH)).isEqualTo("Customer classifications");
    }

    @Test
    void aValueIsDeactivatedOnlyAfterConfirmation() {
        ClassificationsView view = open();
        view.dimensionsGrid().select(SCALE);
        assertThat(texts(view)).contains("“客户规模”的可选值");
        view.valuesGrid().select(SCALE.values().get(0));
        assertThat(view.toggleValueButton().getCaption()).isEqualTo("停用所选值");
        when(service.setValueActive(ADMIN, "SCALE", "LARGE", false)).thenReturn(new ClassificationDimension("SCALE",
                "客户规模", true, List.of(new ClassificationValue("LARGE", "大型企业", false),
                        new ClassificationValue("SMALL", "小微企业", true)), 5));

        view.toggleValueButton().click();
        Window confirm = windows.get(windows.size() - 1);
        assertThat(texts(confirm)).anySatisfy(t -> assertThat(t).contains("停用“大型企业”后"));
        verify(service, never()).setValueActive(any(), any(), any(), org.mockito.ArgumentMatchers.anyBoolean());
        click(confirm, "停用所选值");
        verify(service).setValueActive(ADMIN, "SCALE", "LARGE", false);
    }

    @Test
    void aDimensionIsDeactivatedAfterConfirmationAndActivatedWithout() {
        ClassificationsView view = open();
        view.dimensionsGrid().select(SCALE);
        when(service.setDimensionActive(ADMIN, "SCALE", false)).thenReturn(SCALE);
        view.toggleDimensionButton().click();
        click(windows.get(windows.size() - 1), "停用维度");
        verify(service).setDimensionActive(ADMIN, "SCALE", false);

        ClassificationDimension off = new ClassificationDimension("SCALE", "客户规模", false, SCALE.values(), 6);
        when(service.dimensions(ADMIN)).thenReturn(List.of(off));
        view.refresh();
        view.dimensionsGrid().select(off);
        assertThat(view.toggleDimensionButton().getCaption()).isEqualTo("启用维度");
        int before = windows.size();
        view.toggleDimensionButton().click();
        assertThat(windows).hasSize(before);
        verify(service).setDimensionActive(ADMIN, "SCALE", true);
    }

    @Test
    void theDialogSendsTheLinesAsValuesAndKeepsTheServicesErrorsInView() {
        List<ClassificationDimension> saved = new ArrayList<>();
        Consumer<ClassificationDimension> sink = saved::add;
        DimensionDialog dialog = new DimensionDialog(context, new org.atrium.crm.web.internal.Texts(
                org.atrium.crm.web.internal.Texts.messages(), Locale.SIMPLIFIED_CHINESE), service, null, sink);
        dialog.fill("mode", "合作模式", "DIRECT 直销\n\nDISTRIBUTION　经销代理\n");
        ClassificationDraft expected = new ClassificationDraft("mode", "合作模式",
                List.of(new ValueDraft("DIRECT", "直销"), new ValueDraft("DISTRIBUTION", "经销代理")));
        when(service.define(ADMIN, expected)).thenThrow(new ValidationException(Map.of("code",
                "编码 MODE 已被其他分类维度使用。")));
        assertThat(dialog.save()).isFalse();
        assertThat(saved).isEmpty();

        ClassificationDimension mode = new ClassificationDimension("MODE", "合作模式", true, List.of(), 0);
        when(service.define(eq(ADMIN), any())).thenReturn(mode);
        assertThat(dialog.save()).isTrue();
        assertThat(saved).containsExactly(mode);
    }

    @Test
    void anEditListsEveryValueAgainInItsOrder() {
        ClassificationDimension withRetired = new ClassificationDimension("SCALE", "客户规模", true, List.of(
                new ClassificationValue("LARGE", "大型企业", false), new ClassificationValue("SMALL", "小微企业", true)), 4);
        DimensionForm form = DimensionForm.of(withRetired);
        assertThat(form.values()).isEqualTo("LARGE 大型企业\nSMALL 小微企业");
        assertThat(form.toDraft().values()).extracting(ValueDraft::code).containsExactly("LARGE", "SMALL");
        assertThat(new DimensionForm(" ", "规模", "X").toDraft()).satisfies(d -> {
            assertThat(d.code()).isNull();
            assertThat(d.values()).containsExactly(new ValueDraft("X", null));
        });
    }

    private static void click(Component root, String caption) {
        List<Button> found = new ArrayList<>();
        walk(root, c -> {
            if (c instanceof Button b && caption.equals(b.getCaption())) {
                found.add(b);
            }
        });
        assertThat(found).as("button " + caption).isNotEmpty();
        found.get(found.size() - 1).click();
    }

    private static List<String> texts(Component root) {
        List<String> out = new ArrayList<>();
        walk(root, c -> {
            if (c instanceof Label l) {
                out.add(l.getValue());
            }
        });
        return out;
    }
}
