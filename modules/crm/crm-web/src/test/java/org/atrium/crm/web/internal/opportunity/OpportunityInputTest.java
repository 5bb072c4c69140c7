package org.atrium.crm.web.internal.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.opportunity.Competitor;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.opportunity.OpportunityInput.CompetitorInput;
import org.junit.jupiter.api.Test;

class OpportunityInputTest {

    private static final PipelineStage QUALIFY = new PipelineStage("QUALIFY", "需求确认", "Qualify", 20, 1,
            StageKind.OPEN);
    private static final PipelineStage PROPOSAL = new PipelineStage("PROPOSAL", "方案报价", "Proposal", 50, 2,
            StageKind.OPEN);
    private static final PipelineStage WON = new PipelineStage("WON", "赢单", "Won", 100, 8, StageKind.WON);
    private static final LocalDate CLOSE = LocalDate.of(2026, 12, 31);
    private static final Texts ZH = Texts.of(Locale.SIMPLIFIED_CHINESE);

    private static final Opportunity CURRENT = new Opportunity(7, 42, "年度钢材采购", "QUALIFY", OpportunityStatus.OPEN,
            20, new BigDecimal("120000.00"), CLOSE, List.of(new Competitor("某某重工", new BigDecimal("110000"), "价低",
                    null)), null, 5, 3, null, Instant.EPOCH, Instant.EPOCH);

    private static OpportunityInput input(String name, String amount, LocalDate close, PipelineStage stage,
            String reason, CompetitorInput... competitors) {
        return new OpportunityInput(name, amount, close, stage, reason, List.of(competitors));
    }

    @Test
    void validInputBecomesTheDraftOfTheSameCustomer() {
        OpportunityInput.Checked checked = input(" 年度钢材采购（二期） ", "1,250,000.5", CLOSE.plusDays(1), QUALIFY, null,
                new CompetitorInput("某某重工", "110000", "价低", ""), new CompetitorInput(" ", "", "", "")).check(CURRENT, ZH);

        assertThat(checked.ok()).isTrue();
        assertThat(checked.stageChanged()).isFalse();
        assertThat(checked.draft().customerId()).isEqualTo(42);
        assertThat(checked.draft().name()).isEqualTo("年度钢材采购（二期）");
        assertThat(checked.draft().amount()).isEqualByComparingTo("1250000.50");
        assertThat(checked.draft().stageCode()).isNull();
        // the empty row is left out; a blank note is no note
        assertThat(checked.draft().competitors()).containsExactly(
                new Competitor("某某重工", new BigDecimal("110000"), "价低", null));
        assertThat(OpportunityInput.fieldsChanged(CURRENT, checked.draft())).isTrue();
    }

    @Test
    void everyMistakeIsReportedInChineseAtItsField() {
        OpportunityInput.Checked checked = input(" ", "12.345", null, WON, " ",
                new CompetitorInput("", "-5", "强", null)).check(CURRENT, ZH);

        assertThat(checked.ok()).isFalse();
        assertThat(checked.draft()).isNull();
        assertThat(checked.errors()).containsEntry("name", "请填写商机名称")
                .containsEntry("amount", "金额最多保留两位小数")
                .containsEntry("expectedCloseDate", "请选择预计成交日期")
                .containsEntry("reason", "移至「赢单」需要填写原因")
                .containsEntry("competitors", "请填写竞争对手名称");
    }

    @Test
    void amountMustBeANonNegativeNumber() {
        assertThat(input("商机", "abc", CLOSE, QUALIFY, null).check(CURRENT, ZH).errors())
                .containsEntry("amount", "请输入金额，例如 120000.00");
        assertThat(input("商机", "", CLOSE, QUALIFY, null).check(CURRENT, ZH).errors())
                .containsEntry("amount", "请输入金额，例如 120000.00");
        assertThat(input("商机", "-1", CLOSE, QUALIFY, null).check(CURRENT, ZH).errors())
                .containsEntry("amount", "金额不能为负数");
        assertThat(input("x".repeat(201), "1", CLOSE, QUALIFY, null).check(CURRENT, ZH).errors())
                .containsEntry("name", "最多 200 个字符");
    }

    @Test
    void aClosingStageNeedsAReasonAnOpenOneDoesNot() {
        OpportunityInput.Checked toProposal = input("年度钢材采购", "120000", CLOSE, PROPOSAL, null,
                new CompetitorInput("某某重工", "110000", "价低", null)).check(CURRENT, ZH);
        assertThat(toProposal.ok()).isTrue();
        assertThat(toProposal.stageChanged()).isTrue();
        assertThat(OpportunityInput.fieldsChanged(CURRENT, toProposal.draft())).isFalse();

        OpportunityInput.Checked won = input("年度钢材采购", "120000", CLOSE, WON, " 价格更优 ",
                new CompetitorInput("某某重工", "110000", "价低", null)).check(CURRENT, ZH);
        assertThat(won.ok()).isTrue();
        assertThat(won.reason()).isEqualTo("价格更优");
    }

    @Test
    void theEditCarriesChangedFieldsAndTheNewStageTogether() {
        OpportunityInput.Checked won = input("年度钢材采购（二期）", "150000", CLOSE, WON, " 价格更优 ",
                new CompetitorInput("某某重工", "110000", "价低", null)).check(CURRENT, ZH);
        OpportunityInput.Edit edit = won.edit(CURRENT);
        assertThat(edit.draft().name()).isEqualTo("年度钢材采购（二期）");
        assertThat(edit.stageCode()).isEqualTo("WON");
        assertThat(edit.reason()).isEqualTo("价格更优");

        // unchanged fields are not sent, an unchanged stage neither
        OpportunityInput.Edit stageOnly = input("年度钢材采购", "120000", CLOSE, PROPOSAL, null,
                new CompetitorInput("某某重工", "110000", "价低", null)).check(CURRENT, ZH).edit(CURRENT);
        assertThat(stageOnly.draft()).isNull();
        assertThat(stageOnly.stageCode()).isEqualTo("PROPOSAL");
        OpportunityInput.Edit fieldsOnly = input("年度钢材采购", "130000", CLOSE, QUALIFY, "忽略",
                new CompetitorInput("某某重工", "110000", "价低", null)).check(CURRENT, ZH).edit(CURRENT);
        assertThat(fieldsOnly.draft().amount()).isEqualByComparingTo("130000");
        assertThat(fieldsOnly.stageCode()).isNull();
        assertThat(fieldsOnly.reason()).isNull();
        assertThat(input("年度钢材采购", "120000", CLOSE, QUALIFY, null,
                new CompetitorInput("某某重工", "110000", "价低", null)).check(CURRENT, ZH).edit(CURRENT).isEmpty())
                .isTrue();
    }

    @Test
    void aClosedOpportunityOnlyMoves() {
        Opportunity lost = new Opportunity(7, 42, "年度钢材采购", "LOST", OpportunityStatus.LOST, 0,
                new BigDecimal("120000.00"), CLOSE, List.of(), "预算取消", 5, 3, Instant.EPOCH, Instant.EPOCH,
                Instant.EPOCH);
        OpportunityInput.Edit reopen = input("年度钢材采购", "120000", CLOSE, PROPOSAL, null).check(lost, ZH).edit(lost);
        assertThat(reopen.draft()).isNull();
        assertThat(reopen.stageCode()).isEqualTo("PROPOSAL");
    }

    @Test
    void aRefusalSaysThatNothingWasSaved() {
        assertThat(OpportunityInput.refused(java.util.Map.of("reason", "请填写赢单或输单原因。"), ZH))
                .containsEntry("reason", "请填写赢单或输单原因。")
                .containsEntry("", "未保存任何修改，填写的内容仍保留在表单中。");
        assertThat(OpportunityInput.refused(java.util.Map.of("", "该记录已被他人修改，请刷新后重试。"), ZH))
                .containsOnlyKeys("").containsEntry("", "未保存任何修改，填写的内容仍保留在表单中。 该记录已被他人修改，请刷新后重试。");
    }
}
