package org.atrium.crm.web.internal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.api.customer.DuplicateReason;
import org.atrium.crm.web.internal.TestTexts;
import org.junit.jupiter.api.Test;

class DuplicateWarningTest {

    @Test
    void namesOnlyTheHolderCompanyAndOwner() {
        List<String> lines = DuplicateWarning.lines(TestTexts.chinese(), List.of(new DuplicateMatch(
                DuplicateReason.CREDIT_CODE, 1, "华东销售公司", "张伟", null, null)));

        assertThat(lines).containsExactly("该客户已由 华东销售公司 的 张伟 跟进");
    }

    @Test
    void visibleCustomerNamesAreNotRevealedEither() {
        List<String> lines = DuplicateWarning.lines(TestTexts.chinese(), List.of(new DuplicateMatch(
                DuplicateReason.SAME_NAME, 1, "华南物流公司", "李娜", 42L, "广州华南钢铁贸易有限公司")));

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).doesNotContain("广州华南钢铁贸易有限公司").doesNotContain("42");
    }

    @Test
    void certainMatchesComeFirstAndRepeatedHoldersOnce() {
        List<String> lines = DuplicateWarning.lines(TestTexts.chinese(), List.of(
                new DuplicateMatch(DuplicateReason.SIMILAR_NAME, 0.8, "西南分公司", "王强", null, null),
                new DuplicateMatch(DuplicateReason.SAME_NAME, 1, "华东销售公司", "张伟", null, null),
                new DuplicateMatch(DuplicateReason.CREDIT_CODE, 1, "华东销售公司", "张伟", null, null)));

        assertThat(lines).containsExactly("该客户已由 华东销售公司 的 张伟 跟进",
                "疑似重复：相似客户已由 西南分公司 的 王强 跟进");
        assertThat(DuplicateWarning.blocks(List.of(
                new DuplicateMatch(DuplicateReason.SIMILAR_NAME, 0.8, "西南分公司", "王强", null, null)))).isFalse();
    }

    @Test
    void englishAndMissingHolders() {
        List<String> lines = DuplicateWarning.lines(TestTexts.english(), List.of(new DuplicateMatch(
                DuplicateReason.CREDIT_CODE, 1, null, " ", null, null)));

        assertThat(lines).containsExactly("This customer is already followed by — of —");
        assertThat(DuplicateWarning.lines(TestTexts.english(), List.of())).isEmpty();
    }
}
