package org.atrium.platform.admin.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.atrium.platform.admin.internal.TestTexts;
import org.atrium.platform.api.identity.UserSummary;
import org.junit.jupiter.api.Test;

class UserExportTest {

    @Test
    void exportsALocalisedHeaderAndOneLinePerUser() {
        List<UserSummary> users = List.of(
                new UserSummary(1, "zhangwei", "张伟", 2, "华东销售部, 上海", "销售经理", "zw@example.com", null, true),
                new UserSummary(2, "lina", "李娜", 3, "财务部", null, null, "13800000000", false));

        byte[] csv = UserExport.csv(TestTexts.chinese(), users);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);

        assertThat(text.split("\r\n")).containsExactly(
                "登录名,姓名,部门,岗位,手机,邮箱,状态",
                "zhangwei,张伟,\"华东销售部, 上海\",销售经理,,zw@example.com,启用",
                "lina,李娜,财务部,,13800000000,,停用");
    }
}
