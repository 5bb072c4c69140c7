package org.atrium.crm.web.internal.opportunity;

import static org.atrium.crm.web.internal.ComponentTree.texts;
import static org.atrium.crm.web.internal.ComponentTree.visible;
import static org.atrium.crm.web.internal.ComponentTree.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.atrium.crm.api.opportunity.Competitor;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.shell.api.ShellContext;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.Window;

/**
 * The edit dialog against a mocked service: one {@code edit} call for fields and stage, and a refusal
 * that leaves the dialog as the user filled it, saying that nothing was saved.
 */
class OpportunityEditDialogTest {

    private static final UserContext REP = new UserContext(5, "lina", "李娜", 3, Locale.SIMPLIFIED_CHINESE);
    private static final Texts ZH = Texts.of(Locale.SIMPLIFIED_CHINESE);
    private static final PipelineStage QUALIFY = new PipelineStage("QUALIFY", "需求确认", "Qualify", 20, 1,
            StageKind.OPEN);
    private static final PipelineStage PROPOSAL = new PipelineStage("PROPOSAL", "方案报价", "Proposal", 50, 2,
            StageKind.OPEN);
    private static final PipelineStage WON = new PipelineStage("WON", "赢单", "Won", 100, 8, StageKind.WON);
    private static final LocalDate CLOSE = LocalDate.of(2026, 12, 31);
    private static final Instant LOADED = Instant.parse("2026-11-01T02:03:04.123456Z");
    private static final Opportunity CURRENT = new Opportunity(7, 42, "年度钢材采购", "QUALIFY", OpportunityStatus.OPEN,
            20, new BigDecimal("120000.00"), CLOSE, List.of(new Competitor("某某重工", new BigDecimal("110000"), "价低",
                    null)), null, 5, 3, null, Instant.EPOCH, LOADED);

    private final OpportunityService opportunities = mock(OpportunityService.class);
    private final ShellContext context = mock(ShellContext.class);
    private final UI ui = mock(UI.class);
    private final List<Window> windows = new ArrayList<>();
    private final List<Opportunity> saved = new ArrayList<>();

    OpportunityEditDialogTest() {
        when(context.user()).thenReturn(REP);
        when(context.locale()).thenReturn(REP.locale());
        when(context.ui()).thenReturn(ui);
        doAnswer(a -> windows.add(a.getArgument(0))).when(ui).addWindow(any());
        when(opportunities.stages()).thenReturn(List.of(QUALIFY, PROPOSAL, WON));
    }

    private Window open(Opportunity current) {
        new OpportunityEditDialog(context, ZH, opportunities, current).open(saved::add);
        assertThat(windows).hasSize(1);
        return windows.get(0);
    }

    @Test
    void fieldsAndANewStageGoInOneCall() {
        Opportunity result = new Opportunity(7, 42, "年度钢材采购（二期）", "WON", OpportunityStatus.WON, 100,
                new BigDecimal("150000"), CLOSE, CURRENT.competitors(), "价格更优", 5, 3, LOADED, Instant.EPOCH, LOADED);
        when(opportunities.edit(any(), anyLong(), any(), any(), any(), any())).thenReturn(result);
        Window dialog = open(CURRENT);

        field(dialog, "crm-opportunity-edit-name", TextField.class).setValue("年度钢材采购（二期）");
        field(dialog, "crm-opportunity-edit-amount", TextField.class).setValue("150000");
        stage(dialog).setValue(WON);
        field(dialog, "crm-opportunity-edit-reason", TextArea.class).setValue(" 价格更优 ");
        click(dialog, ZH.get("common.save"));

        ArgumentCaptor<OpportunityDraft> draft = ArgumentCaptor.forClass(OpportunityDraft.class);
        verify(opportunities).edit(eq(REP), eq(7L), draft.capture(), eq("WON"), eq("价格更优"), eq(LOADED));
        assertThat(draft.getValue().name()).isEqualTo("年度钢材采购（二期）");
        assertThat(draft.getValue().amount()).isEqualByComparingTo("150000");
        verify(opportunities, never()).update(any(), anyLong(), any());
        verify(opportunities, never()).moveStage(any(), anyLong(), any(), any());
        assertThat(saved).containsExactly(result);
        verify(context).notify("商机「年度钢材采购（二期）」已保存");
    }

    @Test
    void onlyAStageChangeSendsNoFields() {
        when(opportunities.edit(any(), anyLong(), any(), any(), any(), any())).thenReturn(CURRENT);
        Window dialog = open(CURRENT);

        stage(dialog).setValue(PROPOSAL);
        click(dialog, ZH.get("common.save"));

        verify(opportunities).edit(eq(REP), eq(7L), isNull(), eq("PROPOSAL"), isNull(), eq(LOADED));
    }

    @Test
    void aRefusedStageMoveSavesNothingAndKeepsWhatWasTyped() {
        when(opportunities.edit(any(), anyLong(), any(), any(), any(), any()))
                .thenThrow(new ValidationException("", "该商机已关闭，请先移回进行中的阶段。"));
        Window dialog = open(CURRENT);

        field(dialog, "crm-opportunity-edit-name", TextField.class).setValue("年度钢材采购（二期）");
        stage(dialog).setValue(WON);
        field(dialog, "crm-opportunity-edit-reason", TextArea.class).setValue("价格更优");
        click(dialog, ZH.get("common.save"));

        assertThat(saved).isEmpty();
        verify(context, never()).notify(anyString());
        verify(opportunities, never()).update(any(), anyLong(), any());
        assertThat(texts(dialog)).contains("未保存任何修改，填写的内容仍保留在表单中。 该商机已关闭，请先移回进行中的阶段。");
        assertThat(field(dialog, "crm-opportunity-edit-name", TextField.class).getValue()).isEqualTo("年度钢材采购（二期）");
        assertThat(stage(dialog).getValue()).isEqualTo(WON);
        assertThat(field(dialog, "crm-opportunity-edit-reason", TextArea.class).getValue()).isEqualTo("价格更优");
    }

    @Test
    void aServiceFieldErrorIsShownAtItsFieldWithTheNothingSavedLine() {
        when(opportunities.edit(any(), anyLong(), any(), any(), any(), any()))
                .thenThrow(new ValidationException("reason", "请填写赢单或输单原因。"));
        Window dialog = open(CURRENT);

        stage(dialog).setValue(WON);
        field(dialog, "crm-opportunity-edit-reason", TextArea.class).setValue("价格更优");
        click(dialog, ZH.get("common.save"));

        assertThat(saved).isEmpty();
        assertThat(texts(dialog)).contains("未保存任何修改，填写的内容仍保留在表单中。", "原因：请填写赢单或输单原因。");
        assertThat(field(dialog, "crm-opportunity-edit-reason", TextArea.class).getComponentError()).isNotNull();
    }

    @Test
    void aRefusedPermissionIsSaidInTheDialogNotInAPassingNotification() {
        when(opportunities.edit(any(), anyLong(), any(), any(), any(), any()))
                .thenThrow(new AccessDeniedException("crm.opportunity.edit", "没有权限执行此操作"));
        Window dialog = open(CURRENT);

        field(dialog, "crm-opportunity-edit-amount", TextField.class).setValue("130000");
        click(dialog, ZH.get("common.save"));

        assertThat(saved).isEmpty();
        verify(context, never()).showError(anyString());
        assertThat(texts(dialog)).contains("未保存任何修改，填写的内容仍保留在表单中。 没有权限执行此操作");
        assertThat(field(dialog, "crm-opportunity-edit-amount", TextField.class).getValue()).isEqualTo("130000");
    }

    @Test
    void nothingChangedCallsNothing() {
        Window dialog = open(CURRENT);

        click(dialog, ZH.get("common.save"));

        verify(opportunities, never()).edit(any(), anyLong(), any(), any(), any(), any());
        assertThat(saved).containsExactly(CURRENT);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<PipelineStage> stage(Window dialog) {
        return field(dialog, "crm-opportunity-edit-stage", ComboBox.class);
    }

    private static <C extends AbstractComponent> C field(Component root, String id, Class<C> type) {
        List<C> found = new ArrayList<>();
        walk(root, c -> {
            if (type.isInstance(c) && id.equals(c.getId())) {
                found.add(type.cast(c));
            }
        });
        assertThat(found).as(id).hasSize(1);
        return found.get(0);
    }

    private static void click(Component root, String caption) {
        List<Button> matching = new ArrayList<>();
        walk(root, c -> {
            if (c instanceof Button b && caption.equals(b.getCaption()) && b.isVisible()) {
                matching.add(b);
            }
        });
        assertThat(matching).as("button " + caption).hasSize(1);
        matching.get(0).click();
    }
}
