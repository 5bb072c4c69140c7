package org.atrium.crm.impl.internal.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.atrium.crm.api.customer.DuplicateReason;
import org.atrium.crm.impl.internal.match.DuplicateMatcher.Known;
import org.atrium.crm.impl.internal.match.DuplicateMatcher.Match;
import org.junit.jupiter.api.Test;

class DuplicateMatcherTest {

    private final Pinyin pinyin = new Pinyin();
    private final DuplicateMatcher matcher = new DuplicateMatcher(DuplicateMatcher.DEFAULT_THRESHOLD);

    private Known known(long id, String name, String code) {
        return new Known(id, NameKeys.of(name, pinyin), code);
    }

    private List<Match> match(String name, String code, Known... known) {
        return matcher.match(name == null ? null : NameKeys.of(name, pinyin), code, List.of(known));
    }

    @Test
    void sameCreditCodeIsCertainWhateverTheName() {
        List<Match> m = match("完全不同的名字", "914403001922038216", known(1, "华为技术有限公司", "914403001922038216"));
        assertThat(m).containsExactly(new Match(1, DuplicateReason.CREDIT_CODE, 1));
    }

    @Test
    void sameNormalisedNameIsCertain() {
        assertThat(match("阿里巴巴（中国）有限公司", null, known(2, "阿里巴巴(中国)有限公司", null)))
                .containsExactly(new Match(2, DuplicateReason.SAME_NAME, 1));
        assertThat(match("上海华东钢铁贸易股份有限公司", null, known(3, "上海 华东钢铁贸易 有限公司", null)))
                .extracting(Match::reason).containsExactly(DuplicateReason.SAME_NAME);
    }

    @Test
    void regionPrefixOnOneSideIsSimilar() {
        List<Match> m = match("华东钢铁贸易有限公司", null, known(4, "上海华东钢铁贸易有限公司", null));
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo(DuplicateReason.SIMILAR_NAME);
            assertThat(x.score()).isEqualTo(1.0);
        });
    }

    @Test
    void differentRegionPrefixesAreComparedAsTheyAre() {
        // 北京华东钢铁贸易 vs 上海华东钢铁贸易: bigrams differ in the first two of seven
        assertThat(match("北京华东钢铁贸易有限公司", null, known(5, "上海华东钢铁贸易有限公司", null))).isEmpty();
    }

    @Test
    void typoIsSimilarAboveThresholdOnly() {
        assertThat(match("华东钢铁贸易发展有限公司", null, known(6, "华东钢铁贸易有限公司", null)))
                .extracting(Match::reason).containsExactly(DuplicateReason.SIMILAR_NAME);
        assertThat(match("华南物流有限公司", null, known(7, "华东钢铁贸易有限公司", null))).isEmpty();
    }

    @Test
    void homophoneIsReportedByPinyin() {
        List<Match> m = match("华东刚铁贸易有限公司", null, known(8, "华东钢铁贸易有限公司", null));
        // similarity 2*3/(5+5)=0.6 < 0.8, but the pinyin is the same
        assertThat(m).containsExactly(new Match(8, DuplicateReason.SAME_PINYIN, DuplicateMatcher.PINYIN_SCORE));
    }

    @Test
    void strongestReasonFirstAndEachCustomerOnce() {
        List<Match> m = match("华东钢铁贸易有限公司", "914403001922038216",
                known(10, "华东钢铁贸易发展有限公司", null),
                known(11, "华东钢铁贸易有限公司", null),
                known(12, "别的名字", "914403001922038216"),
                known(13, "华东钢铁贸易有限公司", "914403001922038216"));
        assertThat(m).extracting(Match::id).containsExactly(12L, 13L, 11L, 10L);
        assertThat(m).extracting(Match::reason).containsExactly(DuplicateReason.CREDIT_CODE,
                DuplicateReason.CREDIT_CODE, DuplicateReason.SAME_NAME, DuplicateReason.SIMILAR_NAME);
    }

    @Test
    void codeOnlyProbe() {
        assertThat(match(null, "914403001922038216", known(14, "华为", "914403001922038216"), known(15, "华为", null)))
                .extracting(Match::id).containsExactly(14L);
    }

    @Test
    void thresholdIsChecked() {
        assertThatThrownBy(() -> new DuplicateMatcher(0.2)).isInstanceOf(IllegalArgumentException.class);
        DuplicateMatcher strict = new DuplicateMatcher(0.95);
        assertThat(strict.match(NameKeys.of("华东钢铁贸易发展有限公司", pinyin), null,
                List.of(known(6, "华东钢铁贸易有限公司", null)))).isEmpty();
    }
}
