package org.atrium.platform.web.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;

import org.atrium.platform.api.search.SearchHit;
import org.atrium.platform.api.search.SearchProvider;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.platform.api.todo.TodoProvider;
import org.atrium.platform.web.internal.Fixtures;
import org.atrium.platform.web.internal.registry.ContributionRegistry;
import org.junit.jupiter.api.Test;

class TopBarLogicTest {

    private final ContributionRegistry registry = new ContributionRegistry();
    private final TopBarLogic logic = new TopBarLogic(registry);

    private static TodoProvider todo(String id, int count) {
        TodoProvider provider = mock(TodoProvider.class);
        when(provider.id()).thenReturn(id);
        when(provider.label(any())).thenReturn("label:" + id);
        when(provider.count(any())).thenReturn(count);
        when(provider.items(any(), anyInt())).thenReturn(List.of(new TodoItem("t:" + id, null, null, "v", null)));
        return provider;
    }

    private static SearchProvider search(String id, List<SearchHit> hits) {
        SearchProvider provider = mock(SearchProvider.class);
        when(provider.id()).thenReturn(id);
        when(provider.label(any())).thenReturn("label:" + id);
        when(provider.search(any(), anyString(), anyInt())).thenReturn(hits);
        return provider;
    }

    @Test
    void badgeAddsUpAllProvidersAndSurvivesABrokenOne() {
        TodoProvider broken = todo("broken", 0);
        when(broken.count(any())).thenThrow(new IllegalStateException("db down"));
        registry.addTodoProvider(todo("crm.leads", 3));
        registry.addTodoProvider(broken);
        registry.addTodoProvider(todo("workflow", 4));

        assertThat(logic.todoCount(Fixtures.USER)).isEqualTo(7);
        assertThat(logic.todos(Fixtures.USER, 5)).extracting(TopBarLogic.TodoGroup::label)
                .containsExactly("label:crm.leads", "label:workflow");
    }

    @Test
    void providersWithNothingWaitingAreLeftOutOfThePopup() {
        registry.addTodoProvider(todo("none", 0));

        assertThat(logic.todos(Fixtures.USER, 5)).isEmpty();
    }

    @Test
    void searchGroupsHitsByProviderAndSkipsEmptyOnes() {
        registry.addSearchProvider(search("b.people", List.of(new SearchHit("张伟", "销售部", "directory", "7"))));
        registry.addSearchProvider(search("a.customers", List.of()));

        List<TopBarLogic.SearchGroup> groups = logic.search(Fixtures.USER, " 张伟 ", 5);

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).label()).isEqualTo("label:b.people");
        assertThat(groups.get(0).hits()).extracting(SearchHit::title).containsExactly("张伟");
    }

    @Test
    void tooShortTextAsksNobody() {
        SearchProvider provider = search("p", List.of());
        registry.addSearchProvider(provider);

        assertThat(logic.search(Fixtures.USER, " a ", 5)).isEmpty();
        verifyNoInteractions(provider);
    }
}
