package org.atrium.platform.web.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import com.vaadin.server.LegacyCommunicationManager;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import com.vaadin.server.VaadinSession;
import com.vaadin.shared.communication.SharedState;
import com.vaadin.ui.ConnectorTracker;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation")
class CompactConnectorTrackerTest {

    private final TestUI ui = new TestUI();
    private final TestLabel label = new TestLabel();
    private VaadinSession session;

    @BeforeEach
    void attach() {
        VaadinService service = mock(VaadinService.class);
        AtomicInteger ids = new AtomicInteger();
        when(service.generateConnectorId(any(), any())).thenAnswer(i -> String.valueOf(ids.incrementAndGet()));
        session = new TestSession(service);
        VaadinSession.setCurrent(session);
        session.lock();
        ui.setSession(session);
        CssLayout root = new CssLayout(label);
        ui.setContent(root);
    }

    @AfterEach
    void detach() {
        session.unlock();
        VaadinSession.setCurrent(null);
    }

    @Test
    void storesTheDiffStateAsTextAndReadsItBack() {
        label.setValue("通讯录");
        LegacyCommunicationManager.encodeState(label, label.state());

        JsonObject diff = ui.getConnectorTracker().getDiffState(label);

        assertThat(diff).isInstanceOf(CompactConnectorTracker.OpenState.class);
        assertThat(diff.getString("text")).isEqualTo("通讯录");
        assertThat(diff.keys()).contains("text", "contentMode", "width", "height");
    }

    @Test
    void aValueSetBackToItsDefaultIsStillSentToTheBrowser() {
        label.setValue("公告");
        JsonObject first = LegacyCommunicationManager.encodeState(label, label.state());
        assertThat(first.getString("text")).isEqualTo("公告");

        label.setValue("");
        JsonObject second = LegacyCommunicationManager.encodeState(label, label.state());

        // only possible if the tracker remembered that "公告" was sent: "" is the state's default
        assertThat(second.hasKey("text")).isTrue();
        assertThat(second.getString("text")).isEmpty();
    }

    @Test
    void anUnchangedConnectorSendsNothingTheSecondTime() {
        label.setValue("我的待办");
        LegacyCommunicationManager.encodeState(label, label.state());

        JsonObject again = LegacyCommunicationManager.encodeState(label, label.state());

        assertThat(again.keys()).isEmpty();
    }

    @Test
    void changesMadeInPlaceToADiffStateAreKept() {
        label.setValue("a");
        LegacyCommunicationManager.encodeState(label, label.state());
        ConnectorTracker tracker = ui.getConnectorTracker();

        tracker.getDiffState(label).put("text", "b");
        tracker.getDiffState(label).put("extra", Json.create(true));
        tracker.getDiffState(label).remove("contentMode");

        JsonObject read = tracker.getDiffState(label);
        assertThat(read.getString("text")).isEqualTo("b");
        assertThat(read.getBoolean("extra")).isTrue();
        assertThat(read.hasKey("contentMode")).isFalse();
        // and the next encode compares against the changed state: "a" differs from "b", so it is sent
        assertThat(LegacyCommunicationManager.encodeState(label, label.state()).getString("text"))
                .isEqualTo("a");
    }

    @Test
    void aLongTextIsNotRememberedSoItIsSentAgainWheneverItsConnectorChanges() {
        String html = "<a href=\"#!crm/customers\">客户</a>".repeat(20);
        label.setValue(html);
        LegacyCommunicationManager.encodeState(label, label.state());

        JsonObject diff = ui.getConnectorTracker().getDiffState(label);
        assertThat(diff.get("text").getType()).isEqualTo(elemental.json.JsonType.OBJECT);
        assertThat(diff.toJson()).doesNotContain("客户").hasSizeLessThan(html.length());

        label.setDescription("提示");
        JsonObject next = LegacyCommunicationManager.encodeState(label, label.state());
        assertThat(next.getString("text")).isEqualTo(html);
        assertThat(next.getString("description")).isEqualTo("提示");
    }

    @Test
    void aShortTextIsRememberedEvenWithChinese() {
        String text = "我的待办".repeat(CompactConnectorTracker.LONGEST_REMEMBERED_STRING / 4);
        label.setValue(text);
        LegacyCommunicationManager.encodeState(label, label.state());

        label.setDescription("提示");
        JsonObject next = LegacyCommunicationManager.encodeState(label, label.state());

        assertThat(next.hasKey("text")).isFalse();
        assertThat(ui.getConnectorTracker().getDiffState(label).getString("text")).isEqualTo(text);
    }

    @Test
    void onlyWhatDiffersFromTheDefaultsIsStored() {
        label.setValue("公告");
        JsonObject whole = LegacyCommunicationManager.encodeState(label, label.state());
        ConnectorTracker tracker = ui.getConnectorTracker();
        JsonObject read = tracker.getDiffState(label);

        CompactConnectorTracker.StoredState stored = new CompactConnectorTracker.StoredState(
                read.toJson());
        assertThat(((CompactConnectorTracker) tracker).stored(label).storedBytes())
                .isLessThan(stored.storedBytes() / 3);
        assertThat(read.keys()).hasSizeGreaterThan(10);
        assertThat(whole.getString("text")).isEqualTo("公告");
    }

    @Test
    void aStoredStateIsItsJsonText() {
        CompactConnectorTracker.StoredState stored = new CompactConnectorTracker.StoredState("{\"a\":1}");

        assertThat(stored.toString()).isEqualTo("{\"a\":1}");
        assertThat(stored.getNumber("a")).isEqualTo(1.0);
        assertThat(Json.parse(stored.toString()).getNumber("a")).isEqualTo(1.0);
    }

    @Test
    void aDetachedConnectorLosesItsDiffStateSoItIsSentInFullWhenItComesBack() {
        label.setValue("x");
        LegacyCommunicationManager.encodeState(label, label.state());
        ConnectorTracker tracker = ui.getConnectorTracker();

        tracker.setDiffState(label, null);

        assertThat(tracker.getDiffState(label)).isNull();
    }

    private static final class TestLabel extends Label {
        private static final long serialVersionUID = 1L;

        SharedState state() {
            return getState(false);
        }
    }

    private static final class TestUI extends UI {
        private static final long serialVersionUID = 1L;
        private ConnectorTracker tracker;

        @Override
        public ConnectorTracker getConnectorTracker() {
            if (tracker == null) {
                tracker = new CompactConnectorTracker(this);
            }
            return tracker;
        }

        @Override
        protected void init(VaadinRequest request) {
        }
    }

    private static final class TestSession extends VaadinSession {
        private static final long serialVersionUID = 1L;
        private final transient Lock lock = new ReentrantLock();

        TestSession(VaadinService service) {
            super(service);
        }

        @Override
        public Lock getLockInstance() {
            return lock;
        }
    }
}
