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

    /** A service over {@code rows} rows that pages like the real ones, with a count that can stop at a limit. */
    private LazySource<String, String> rowsSource(int rows) {
        List<String> all = java.util.stream.IntStream.range(0, rows).mapToObj(i -> "r" + i).toList();
        return new LazySource<String, String>((filter, page) -> {
            asked.add(page);
            filters.add(filter);
            return all.subList(Math.min(rows, page.offset()), Math.min(rows, page.offset() + page.limit()));
        }, (filter, atMost) -> Math.min(rows, atMost), Set.of("name"), "first", errors::add);
    }

    @Test
    void theFilterInEffectIsSentAndExportReadsEveryPageBeyondTheListLimit() {
        LazySource<String, String> source = rowsSource(LazySource.LIST_LIMIT * 2 + 7);
        source.filter("华东");

        List<String> all = source.all();

        assertThat(filters).containsOnly("华东");
        assertThat(asked).extracting(PageRequest::offset).startsWith(0, PageRequest.MAX_LIMIT, 2 * PageRequest.MAX_LIMIT);
        assertThat(all).hasSize(LazySource.LIST_LIMIT * 2 + 7).startsWith("r0", "r1").endsWith("r4006");
    }

    @Test
    void aLargeListCountsUpToTheLimitAndSaysThereAreMore() {
        LazySource<String, String> large = rowsSource(LazySource.LIST_LIMIT * 100);
        assertThat(large.count()).isEqualTo(LazySource.LIST_LIMIT);
        assertThat(large.truncated()).isTrue();

        LazySource<String, String> exact = rowsSource(LazySource.LIST_LIMIT);
        assertThat(exact.count()).isEqualTo(LazySource.LIST_LIMIT);
        assertThat(exact.truncated()).isFalse();

        LazySource<String, String> empty = rowsSource(0);
        assertThat(empty.count()).isZero();
        assertThat(empty.truncated()).isFalse();
        assertThat(empty.all()).isEmpty();
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
