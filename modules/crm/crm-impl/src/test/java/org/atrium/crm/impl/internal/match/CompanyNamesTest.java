package org.atrium.crm.impl.internal.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {

    @ParameterizedTest
    @CsvSource({
            "上海华东钢铁贸易有限公司, 上海华东钢铁贸易",
            "上海华东钢铁贸易有限责任公司, 上海华东钢铁贸易",
            "华为技术股份有限公司, 华为技术",
            "阿里巴巴（中国）有限公司, 阿里巴巴",
            "阿里巴巴(中国)有限公司, 阿里巴巴",
            "'万科 企业 股份 有限公司', 万科企业",
            "远景能源集团有限公司, 远景能源",
            "远景能源（集团）股份有限公司, 远景能源",
            "ＡＢＣ科技有限公司, abc科技",
            "'A.B.C.  科技，有限公司', abc科技",
            "中信集团, 中信",
            "杭州某某合伙企业（有限合伙）, 杭州某某合伙企业"})
    void normalise(String name, String expected) {
        assertThat(CompanyNames.normalise(name)).isEqualTo(expected);
    }

    @Test
    void aBranchIsNotTheHeadOffice() {
        assertThat(CompanyNames.normalise("中国平安保险公司深圳分公司"))
                .isNotEqualTo(CompanyNames.normalise("中国平安保险公司"));
    }

    @Test
    void nameOfOnlySuffixesIsKept() {
        assertThat(CompanyNames.normalise("有限公司")).isEqualTo("有限公司");
        assertThat(CompanyNames.normalise(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "上海华东钢铁贸易有限公司, 华东钢铁贸易, true",
            "广东省深圳市华强电子有限公司, 华强电子, true",
            "深圳市华强电子有限公司, 华强电子, true",
            "黑龙江北大荒农业股份有限公司, 北大荒农业, true",
            "华东钢铁贸易有限公司, 华东钢铁贸易, false",
            "上海市, 上海市, false"})
    void coreDropsRegionPrefix(String name, String core, boolean prefixed) {
        assertThat(CompanyNames.core(name)).isEqualTo(core);
        assertThat(CompanyNames.hasRegionPrefix(name)).isEqualTo(prefixed);
    }

    @Test
    void similarityIsBigramDice() {
        assertThat(CompanyNames.similarity("华东钢铁", "华东钢铁")).isEqualTo(1.0);
        // bigrams 华东 东钢 钢铁 vs 华东 东钢 钢铁 铁贸 → 2*3/(3+4)
        assertThat(CompanyNames.similarity("华东钢铁", "华东钢铁贸")).isCloseTo(6.0 / 7, within(1e-9));
        assertThat(CompanyNames.similarity("华东钢铁", "西南物流")).isZero();
        assertThat(CompanyNames.similarity("a", "b")).isZero();
        assertThat(CompanyNames.similarity("", "")).isZero();
        // repeated bigrams are counted once per occurrence
        assertThat(CompanyNames.similarity("aaaa", "aa")).isCloseTo(2.0 / 4, within(1e-9));
    }
}
