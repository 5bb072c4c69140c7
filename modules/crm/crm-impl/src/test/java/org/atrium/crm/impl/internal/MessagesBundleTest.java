package org.atrium.crm.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.impl.internal.provider.CrmPermissionProvider;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = MessagesBundleTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Properties en = load(Texts.BASE_NAME + ".properties");
        Properties zh = load(Texts.BASE_NAME + "_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allSatisfy(k -> assertThat(zh.getProperty(k)).isNotBlank());
    }

    @Test
    void everyPermissionHasALabelInBothLanguages() {
        CrmPermissionProvider provider = new CrmPermissionProvider();
        assertThat(provider.permissions()).hasSize(CrmPermissions.all().size()).allSatisfy(p -> {
            assertThat(p.scoped()).isTrue();
            assertThat(p.label().apply(Locale.ENGLISH)).doesNotStartWith("perm.");
            assertThat(p.label().apply(Locale.SIMPLIFIED_CHINESE)).doesNotStartWith("perm.")
                    .isNotEqualTo(p.label().apply(Locale.ENGLISH));
        });
        assertThat(provider.groupLabel(Locale.SIMPLIFIED_CHINESE)).isEqualTo("客户关系");
        assertThat(CrmPermissions.all()).doesNotHaveDuplicates();
    }

    @Test
    void textsAreLocalisedAndArgumentsFormatted() {
        Texts texts = new Texts();
        assertThat(texts.get(Locale.SIMPLIFIED_CHINESE, "kind.customer")).isEqualTo("客户");
        assertThat(texts.get(Locale.ENGLISH, "kind.customer")).isEqualTo("customer");
        assertThat(texts.get(Locale.ENGLISH, "customer.duplicate", "华南子公司", "陈静"))
                .isEqualTo("This customer already exists in the group: held by 华南子公司, owner 陈静.");
    }
}
