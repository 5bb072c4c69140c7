package org.atrium.shell.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.data.provider.QuerySortOrder;
import org.atrium.platform.api.PageRequest;
import org.junit.jupiter.api.Test;

class PagesTest {

    private static final Set<String> SORTABLE = Set.of("displayName", "login");

    @Test
    void mapsOffsetLimitAndTheFirstSortableOrder() {
        PageRequest page = Pages.of(40, 20,
                List.of(QuerySortOrder.desc("positionName").build().get(0), QuerySortOrder.desc("login").build().get(0)),
                SORTABLE);

        assertThat(page).isEqualTo(new PageRequest(40, 20, "login", false));
    }

    @Test
    void ascendingAndUnsortedMapToDefaults() {
        assertThat(Pages.of(0, 50, QuerySortOrder.asc("displayName").build(), SORTABLE))
                .isEqualTo(new PageRequest(0, 50, "displayName", true));
        assertThat(Pages.of(0, 50, List.of(), SORTABLE)).isEqualTo(new PageRequest(0, 50, null, true));
        assertThat(Pages.of(0, 50, QuerySortOrder.asc("mobile").build(), SORTABLE))
                .isEqualTo(new PageRequest(0, 50, null, true));
    }

    @Test
    void capsTheLimitAndAsksNothingForAnEmptyPage() {
        assertThat(Pages.of(0, Integer.MAX_VALUE, List.of(), SORTABLE).limit()).isEqualTo(PageRequest.MAX_LIMIT);
        assertThat(Pages.of(10, 0, List.of(), SORTABLE)).isNull();
        assertThat(Pages.fetch(null, p -> {
            throw new AssertionError("must not call the service");
        })).isEmpty();
    }

    @Test
    void readsEveryPageForAnExport() {
        List<Integer> rows = IntStream.range(0, 2500).boxed().toList();
        List<PageRequest> asked = new ArrayList<>();

        List<Integer> all = Pages.all(rows.size(), page -> {
            asked.add(page);
            return rows.subList(page.offset(), Math.min(rows.size(), page.offset() + page.limit()));
        });

        assertThat(all).isEqualTo(rows);
        assertThat(asked).extracting(PageRequest::offset).containsExactly(0, 1000, 2000);
    }

    @Test
    void stopsWhenTheServiceRunsOutEarly() {
        assertThat(Pages.all(5000, page -> page.offset() == 0 ? List.of(1, 2) : List.of())).containsExactly(1, 2);
    }
}
