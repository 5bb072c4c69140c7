package org.atrium.platform.admin.internal.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.atrium.platform.admin.internal.todo.TodoAggregator.TodoGroup;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.platform.api.todo.TodoProvider;
import org.junit.jupiter.api.Test;

class TodoAggregatorTest {

    private static final UserContext USER = new UserContext(1, "zhangwei", "张伟", 2, Locale.SIMPLIFIED_CHINESE);

    @Test
    void largestGroupsComeFirstAndEmptyOnesAreLeftOut() {
        TodoAggregator aggregator = new TodoAggregator(List.of(
                provider("crm.leads", "逾期线索", 2), provider("wf.approvals", "待审批", 7),
                provider("hr.none", "空", 0), provider("crm.followups", "待跟进", 2)));

        List<TodoGroup> groups = aggregator.collect(USER, 5);

        assertThat(groups).extracting(TodoGroup::providerId)
                .containsExactly("wf.approvals", "crm.followups", "crm.leads");
        assertThat(TodoAggregator.total(groups)).isEqualTo(11);
    }

    @Test
    void aFailingProviderIsSkipped() {
        TodoProvider broken = new FakeProvider("broken", "坏的", 3) {
            @Override
            public int count(UserContext user) {
                throw new IllegalStateException("database down");
            }
        };
        TodoProvider brokenItems = new FakeProvider("brokenItems", "也坏", 3) {
            @Override
            public List<TodoItem> items(UserContext user, int limit) {
                throw new IllegalStateException("timeout");
            }
        };

        List<TodoGroup> groups = new TodoAggregator(List.of(broken, provider("ok", "正常", 1), brokenItems))
                .collect(USER, 5);

        assertThat(groups).extracting(TodoGroup::providerId).containsExactly("ok");
    }

    @Test
    void itemsAreCappedEvenWhenAProviderReturnsTooMany() {
        TodoProvider greedy = new FakeProvider("greedy", "很多", 40) {
            @Override
            public List<TodoItem> items(UserContext user, int limit) {
                return IntStream.range(0, 40).mapToObj(i -> item("事项" + i)).toList();
            }
        };

        TodoGroup group = new TodoAggregator(List.of(greedy)).collect(USER, 5).get(0);

        assertThat(group.count()).isEqualTo(40);
        assertThat(group.items()).hasSize(5).first().extracting(TodoItem::title).isEqualTo("事项0");
    }

    @Test
    void labelsComeInTheUsersLanguageAndNoProvidersMeansNothing() {
        TodoProvider bilingual = new FakeProvider("wf", "待审批", 1) {
            @Override
            public String label(Locale locale) {
                return Locale.ENGLISH.equals(locale) ? "Approvals" : "待审批";
            }
        };

        assertThat(new TodoAggregator(List.of(bilingual)).collect(USER.withLocale(Locale.ENGLISH), 3).get(0).label())
                .isEqualTo("Approvals");
        assertThat(new TodoAggregator(List.of()).collect(USER, 3)).isEmpty();
    }

    private static TodoProvider provider(String id, String label, int count) {
        return new FakeProvider(id, label, count);
    }

    private static TodoItem item(String title) {
        return new TodoItem(title, null, LocalDate.of(2025, 3, 1), "wf/task", "1");
    }

    private static class FakeProvider implements TodoProvider {
        private final String id;
        private final String label;
        private final int count;

        FakeProvider(String id, String label, int count) {
            this.id = id;
            this.label = label;
            this.count = count;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String label(Locale locale) {
            return label;
        }

        @Override
        public int count(UserContext user) {
            return count;
        }

        @Override
        public List<TodoItem> items(UserContext user, int limit) {
            return IntStream.range(0, Math.min(limit, count)).mapToObj(i -> item(label + i)).toList();
        }
    }
}
