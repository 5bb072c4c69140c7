package org.atrium.crm.impl.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.atrium.crm.api.contact.DecisionRole;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.api.transfer.ImportKind;
import org.junit.jupiter.api.Test;

class TransferMessagesTest {

    private final TransferTexts texts = new TransferTexts();

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = TransferMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Properties en = load(TransferTexts.BASE_NAME + ".properties");
        Properties zh = load(TransferTexts.BASE_NAME + "_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allSatisfy(k -> assertThat(zh.getProperty(k)).isNotBlank());
    }

    @Test
    void everyColumnAndEnumConstantHasALabel() throws Exception {
        Properties en = load(TransferTexts.BASE_NAME + ".properties");
        for (ImportKind kind : ImportKind.values()) {
            Columns.fields(kind).forEach(f -> assertThat(en).containsKey(Columns.key(kind, f)));
            assertThat(en).containsKey("sheet." + kind.name());
        }
        check(en, "customerType", CustomerType.values());
        check(en, "lifecycle", LifecycleStage.values());
        check(en, "tier", Tier.values());
        check(en, "decisionRole", DecisionRole.values());
        check(en, "channel", SourceChannel.values());
        check(en, "leadStatus", LeadStatus.values());
    }

    private static void check(Properties p, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            assertThat(p).containsKey(prefix + "." + v.name());
        }
    }

    @Test
    void enumsParseByEitherLanguageOrName() {
        assertThat(texts.parse(CustomerType.class, "customerType", "经销商")).contains(CustomerType.DISTRIBUTOR);
        assertThat(texts.parse(CustomerType.class, "customerType", " distributor ")).contains(CustomerType.DISTRIBUTOR);
        assertThat(texts.parse(CustomerType.class, "customerType", "GOVERNMENT")).contains(CustomerType.GOVERNMENT);
        assertThat(texts.parse(CustomerType.class, "customerType", "外星人")).isEmpty();
        assertThat(texts.get(Locale.SIMPLIFIED_CHINESE, "row.duplicateInFile", 3)).isEqualTo("与第 3 行重复");
    }

    @Test
    void headersMatchInEitherLanguageWithMarks() {
        var index = Columns.match(texts, ImportKind.CUSTOMER,
                java.util.List.of("备注", "客户名称*", "Unified social credit code", "Type (required)"));
        assertThat(index).containsEntry("name", 1).containsEntry("creditCode", 2).containsEntry("type", 3)
                .hasSize(3);
    }
}
