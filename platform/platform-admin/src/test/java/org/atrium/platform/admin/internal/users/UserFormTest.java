package org.atrium.platform.admin.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atrium.platform.admin.internal.TestTexts;
import org.atrium.platform.api.identity.UserDetail;
import org.atrium.platform.api.identity.UserDraft;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.Post;
import org.junit.jupiter.api.Test;

class UserFormTest {

    @Test
    void buildsTheDraftWithThePrimaryPostFirstAndTrimmedText() {
        UserForm form = new UserForm("  zhangwei ", " 张伟 ", "  ", " 13800000000 ", 11L, 3L,
                List.of(new Post(20, 4L, true), new Post(11, 3L, false), new Post(20, 4L, false)),
                Set.of(7L), "en");

        UserDraft draft = form.toDraft();

        assertThat(draft.login()).isEqualTo("zhangwei");
        assertThat(draft.displayName()).isEqualTo("张伟");
        assertThat(draft.email()).isNull();
        assertThat(draft.mobile()).isEqualTo("13800000000");
        assertThat(draft.posts()).containsExactly(new Post(11, 3L, true), new Post(20, 4L, false));
        assertThat(draft.roleIds()).containsExactly(7L);
        assertThat(draft.locale()).isEqualTo("en");
    }

    @Test
    void aPostWithoutPositionIsAPlainMembership() {
        UserForm form = new UserForm("li", "李娜", "", "", 5L, null, List.of(new Post(6, null, false)), Set.of(), "zh-CN");

        assertThat(form.toDraft().posts()).containsExactly(new Post(5, null, true), new Post(6, null, false));
    }

    @Test
    void reportsMissingRequiredFieldsByFormField() {
        Map<String, String> missing = UserForm.empty().missing(TestTexts.chinese());

        assertThat(missing).containsOnlyKeys(UserForm.LOGIN, UserForm.NAME, UserForm.PRIMARY_UNIT);
        assertThat(missing.get(UserForm.PRIMARY_UNIT)).isEqualTo("请选择主岗单位");
        assertThat(new UserForm("a", "b", "", "", 1L, null, List.of(), Set.of(), "zh-CN")
                .missing(TestTexts.chinese())).isEmpty();
    }

    @Test
    void mapsServiceFieldNamesToFormFields() {
        assertThat(UserForm.fieldOf("login")).isEqualTo(UserForm.LOGIN);
        assertThat(UserForm.fieldOf("displayName")).isEqualTo(UserForm.NAME);
        assertThat(UserForm.fieldOf("email")).isEqualTo(UserForm.EMAIL);
        assertThat(UserForm.fieldOf("mobile")).isEqualTo(UserForm.MOBILE);
        assertThat(UserForm.fieldOf("posts")).isEqualTo(UserForm.PRIMARY_UNIT);
        assertThat(UserForm.fieldOf("posts[0].unitId")).isEqualTo(UserForm.PRIMARY_UNIT);
        assertThat(UserForm.fieldOf("posts[2].positionId")).isEqualTo(UserForm.PART_TIME);
        assertThat(UserForm.fieldOf("roleIds")).isEqualTo(UserForm.ROLES);
        assertThat(UserForm.fieldOf("locale")).isEqualTo(UserForm.LOCALE);
        assertThat(UserForm.fieldOf("")).isEqualTo(UserForm.FORM);
        assertThat(UserForm.fieldOf("somethingNew")).isEqualTo(UserForm.FORM);
        assertThat(UserForm.fieldOf(null)).isEqualTo(UserForm.FORM);
    }

    @Test
    void joinsMessagesThatLandOnTheSameField() {
        Map<String, String> reported = new LinkedHashMap<>();
        reported.put("posts", "必须有一个主岗");
        reported.put("posts[0].unitId", "单位不存在");
        reported.put("mobile", "手机号码格式不正确");

        assertThat(UserForm.byFormField(reported))
                .containsEntry(UserForm.PRIMARY_UNIT, "必须有一个主岗; 单位不存在")
                .containsEntry(UserForm.MOBILE, "手机号码格式不正确")
                .hasSize(2);
    }

    @Test
    void showsAnExistingUser() {
        UserSummary summary = new UserSummary(9, "wangfang", "王芳", 11, "财务部", "会计", null, "13900000000", true);
        UserDetail detail = new UserDetail(summary, List.of(new Post(11, 2L, true), new Post(30, null, false)),
                List.of(1L, 2L), "en", false, null, Instant.EPOCH);

        UserForm form = UserForm.of(detail);

        assertThat(form.login()).isEqualTo("wangfang");
        assertThat(form.email()).isEmpty();
        assertThat(form.primaryUnitId()).isEqualTo(11L);
        assertThat(form.primaryPositionId()).isEqualTo(2L);
        assertThat(form.partTimePosts()).containsExactly(new Post(30, null, false));
        assertThat(form.roleIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(form.locale()).isEqualTo("en");
        assertThat(form.toDraft().posts()).containsExactly(new Post(11, 2L, true), new Post(30, null, false));
    }
}
