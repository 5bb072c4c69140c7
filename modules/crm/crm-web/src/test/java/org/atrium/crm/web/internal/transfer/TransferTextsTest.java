package org.atrium.crm.web.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportPreview;
import org.atrium.crm.api.transfer.ImportResult;
import org.atrium.crm.api.transfer.ImportRow;
import org.junit.jupiter.api.Test;

class TransferTextsTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = TransferTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKindATitle() throws Exception {
        Properties en = load(TransferTexts.BASE_NAME + ".properties");
        Properties zh = load(TransferTexts.BASE_NAME + "_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allSatisfy(k -> assertThat(zh.getProperty(k)).isNotBlank());
        for (ImportKind kind : ImportKind.values()) {
            assertThat(en).containsKey("import.title." + kind.name());
        }
    }

    private static ImportRow row(int n, List<String> errors, List<String> hints) {
        return new ImportRow(n, List.of("x"), errors, hints);
    }

    @Test
    void summaryStatusStyleAndResult() {
        ImportLogic logic = new ImportLogic(new TransferTexts(Locale.SIMPLIFIED_CHINESE));
        ImportRow ok = row(2, List.of(), List.of());
        ImportRow hinted = row(3, List.of(), List.of("与第 2 行相似"));
        ImportRow bad = row(4, List.of("手机：格式不对"), List.of());
        ImportPreview p = new ImportPreview("id", ImportKind.CONTACT, "联系人.csv", List.of("姓名"),
                List.of(ok, hinted, bad), Instant.now());
        assertThat(logic.summary(p)).isEqualTo("联系人.csv：共 3 行，有效 2 行，错误 1 行，疑似重复 1 行");
        assertThat(logic.commitCaption(p)).isEqualTo("导入有效行（2 行）");
        assertThat(List.of(ok, hinted, bad)).extracting(ImportLogic::style)
                .containsExactly(null, ImportLogic.HINT_STYLE, ImportLogic.ERROR_STYLE);
        assertThat(logic.status(bad)).isEqualTo("错误");
        assertThat(logic.result(new ImportResult(2, List.of()))).isEqualTo("已导入 2 行。");
        assertThat(logic.result(new ImportResult(1, List.of(bad)))).contains("1 行被拒绝");
        assertThat(new ImportLogic(new TransferTexts(Locale.ENGLISH)).progress(1200, 5000))
                .isEqualTo("Imported 1,200 of 5,000 rows…");
    }

    @Test
    void theCustomerHintExplainsTheClassificationColumns() {
        ImportLogic zh = new ImportLogic(new TransferTexts(Locale.SIMPLIFIED_CHINESE));
        assertThat(zh.hint(ImportKind.CUSTOMER)).startsWith("支持 CSV").contains("10 MB、5000 行")
                .contains("客户分类每个维度一列");
        assertThat(zh.hint(ImportKind.CONTACT)).doesNotContain("客户分类");
        assertThat(new ImportLogic(new TransferTexts(Locale.ENGLISH)).hint(ImportKind.CUSTOMER))
                .contains("one column per dimension");
    }
}
