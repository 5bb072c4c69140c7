package org.atrium.crm.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.junit.jupiter.api.Test;

import com.vaadin.data.provider.QuerySortOrder;
import com.vaadin.shared.data.sort.SortDirection;

/** How a grid's query becomes the service's page request, and refusals. */
class LazySourceTest {

    private final List<PageRequest> asked = new ArrayList<>();
    private final List<String> filters = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private LazySource<String, String> source(boolean deny) {
        return new LazySource<>((filter, page) -> {
            if (deny) {
                throw new AccessDeniedException("crm.customer.view", "无权查看客户");
            }
            asked.add(page);
            filters.add(filter);
            return List.of("a", "b");
        }, filter -> deny ? throwDenied() : 2500, Set.of("name", "code"), "first", errors::add);
    }

    private static int throwDenied() {
        throw new AccessDeniedException("crm.customer.view", "无权查看客户");
    }

    @Test
    void offsetLimitAndTheFirstSortableOrderAreSent() {
        LazySource<String, String> source = source(false);

        List<String> rows = source.fetch(40, 50, List.of(new QuerySortOrder("city", SortDirection.ASCENDING),
                new QuerySortOrder("name", SortDirection.DESCENDING))).collect(Collectors.toList());

        assertThat(rows).containsExactly("a", "b");
        assertThat(asked).containsExactly(new PageRequest(40, 50, "name", false));
    }

    @Test
    void unsortableOrdersFallBackToTheServiceDefaultAndHugePagesAreCapped() {
        LazySource<String, String> source = source(false);

        source.fetch(0, 5000, List.of(new QuerySortOrder("owner", SortDirection.ASCENDING))).count();

        assertThat(asked).containsExactly(new PageRequest(0, PageRequest.MAX_LIMIT, null, true));
    }

    @Test
    void aGridAskingForNoRowsCallsNothing() {
        assertThat(source(false).fetch(0, 0, List.of())).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void theFilterInEffectIsSentAndExportReadsEveryPage() {
        LazySource<String, String> source = source(false);
        source.filter("华东");

        List<String> all = source.all();

        assertThat(filters).containsOnly("华东");
        assertThat(asked).extracting(PageRequest::offset).startsWith(0, 2, 4);
        assertThat(all).hasSize(2500);
        assertThat(source.count()).isEqualTo(2500);
    }

    @Test
    void aRefusalEmptiesTheGridAndIsReportedOncePerFilter() {
        LazySource<String, String> source = source(true);

        assertThat(source.count()).isZero();
        assertThat(source.fetch(0, 10, List.of())).isEmpty();
        assertThat(errors).containsExactly("无权查看客户");

        source.filter("again");
        source.count();
        assertThat(errors).hasSize(2);
    }
}
