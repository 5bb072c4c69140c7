package org.atrium.shell.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private final TextField login = new TextField();
    private final TextField name = new TextField();
    private final Label formError = new Label();
    private final FieldErrors errors = new FieldErrors(formError).bind(login, "login").bind(name, "displayName", "name");

    @Test
    void putsEachMessageAtItsFieldAndTheRestAboveTheForm() {
        Map<String, String> reported = new LinkedHashMap<>();
        reported.put("login", "登录名已被使用");
        reported.put("name", "姓名不能为空");
        reported.put("", "保存失败");
        reported.put("unknownField", "其他错误");

        assertThat(errors.show(reported)).containsExactly("保存失败", "其他错误");
        assertThat(login.getComponentError().getFormattedHtmlMessage()).isEqualTo(html("登录名已被使用"));
        assertThat(name.getComponentError().getFormattedHtmlMessage()).isEqualTo(html("姓名不能为空"));
        assertThat(formError.isVisible()).isTrue();
        assertThat(formError.getValue()).isEqualTo("保存失败\n其他错误");
    }

    @Test
    void clearRemovesEveryError() {
        errors.show(Map.of("login", "x", "", "y"));
        errors.clear();

        assertThat(login.getComponentError()).isNull();
        assertThat(formError.isVisible()).isFalse();
    }

    private static String html(String message) {
        return new com.vaadin.server.UserError(message).getFormattedHtmlMessage();
    }

    @Test
    void escapesMessagesShownAtFields() {
        errors.show(Map.of("login", "<b>x</b>"));
        assertThat(login.getComponentError().getFormattedHtmlMessage()).doesNotContain("<b>");
    }
}
