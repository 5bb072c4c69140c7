package org.atrium.platform.admin.internal.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.data.provider.Query;
import com.vaadin.data.provider.QuerySortOrder;
import com.vaadin.shared.data.sort.SortDirection;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.notice.Announcement;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.platform.api.notice.ManagedAnnouncement;
import org.junit.jupiter.api.Test;

class NoticeSourceTest {

    private static final UserContext CALLER = new UserContext(5, "li", "李娜", 3, Locale.SIMPLIFIED_CHINESE);
    private static final Announcement NOTICE = new Announcement(9, "端午节放假安排", "放假 3 天", "人力资源部",
            Instant.parse("2024-06-04T01:00:00Z"), false);
    private static final ManagedAnnouncement MANAGED = new ManagedAnnouncement(NOTICE, 3, "华东子公司", 12);

    private final AnnouncementService announcements = mock(AnnouncementService.class);
    private final List<String> refusals = new ArrayList<>();

    @Test
    void theReadersGridIsLazyAndSizedByTheServicesCount() {
        var source = NoticeSource.forReader(announcements, CALLER, refusals::add);
        when(announcements.list(CALLER, new PageRequest(40, 20, null, true))).thenReturn(List.of(NOTICE));
        when(announcements.count(CALLER)).thenReturn(41);

        var provider = source.dataProvider();
        // the service has one order only: a sort the grid asks for is not passed on
        assertThat(provider.fetch(new Query<>(40, 20, List.of(new QuerySortOrder("title", SortDirection.DESCENDING)),
                null, null)).toList()).containsExactly(NOTICE);
        assertThat(provider.size(new Query<>())).isEqualTo(41);
        verify(announcements, never()).list(CALLER, PageRequest.first(PageRequest.MAX_LIMIT));
    }

    @Test
    void theManagersGridListsManageableAnnouncementsWithUnitAndReaders() {
        var source = NoticeSource.forManager(announcements, CALLER, refusals::add);
        when(announcements.manageable(CALLER, new PageRequest(0, 50, null, true))).thenReturn(List.of(MANAGED));
        when(announcements.countManageable(CALLER)).thenReturn(1);

        assertThat(source.fetch(0, 50).toList()).singleElement().satisfies(m -> {
            assertThat(m.targetUnitName()).isEqualTo("华东子公司");
            assertThat(m.readers()).isEqualTo(12);
        });
        assertThat(source.count()).isEqualTo(1);
        verify(announcements, never()).list(any(), any());
        assertThat(source.fetch(0, 0)).isEmpty();
    }

    @Test
    void withoutNoticeManageTheListIsEmptyAndTheRefusalShownOnceUntilRefreshed() {
        var source = NoticeSource.forManager(announcements, CALLER, refusals::add);
        AccessDeniedException denied = new AccessDeniedException("platform.notice.manage", "无权管理公告");
        when(announcements.countManageable(CALLER)).thenThrow(denied);
        when(announcements.manageable(any(), any())).thenThrow(denied);

        assertThat(source.count()).isZero();
        assertThat(source.fetch(0, 10)).isEmpty();
        assertThat(refusals).containsExactly("无权管理公告");
        source.refresh();
        source.count();
        assertThat(refusals).hasSize(2);
    }
}
