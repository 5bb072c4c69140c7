package org.atrium.crm.impl.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

    private final Pinyin pinyin = new Pinyin();

    @Test
    void initialsOfChineseNames() {
        assertThat(pinyin.initials("华东钢铁")).isEqualTo("hdgt");
        assertThat(pinyin.initials("上海华东钢铁贸易有限公司")).isEqualTo("shhdgtmyyxgs");
    }

    @Test
    void latinLettersAndDigitsAreKeptOthersDropped() {
        assertThat(pinyin.initials("ABC科技（3号）")).isEqualTo("abckj3h");
        assertThat(pinyin.initials(null)).isEmpty();
    }

    @Test
    void placeNamesWithPolyphonesUseTheWordTable() {
        assertThat(pinyin.initials("重庆长安汽车")).isEqualTo("cqcaqc");
        assertThat(pinyin.initials("厦门银行")).isEqualTo("xmyh");
        assertThat(pinyin.full("重庆")).isEqualTo("chongqing");
        assertThat(pinyin.initials("重工")).isEqualTo("zg");
    }

    @Test
    void fullPinyinMakesHomophonesEqual() {
        assertThat(pinyin.full("华东钢铁")).isEqualTo("huadonggangtie");
        assertThat(pinyin.full("华东刚铁")).isEqualTo(pinyin.full("华东钢铁"));
    }
}
