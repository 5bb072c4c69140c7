package org.atrium.platform.admin.internal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import com.vaadin.data.provider.Query;
import com.vaadin.data.provider.QuerySortOrder;
import com.vaadin.shared.data.sort.SortDirection;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserQuery;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.junit.jupiter.api.Test;

class UserDirectorySourceTest {

    private static final UserContext CALLER = new UserContext(5, "li", "李娜", 3, Locale.SIMPLIFIED_CHINESE);
    private static final UserSummary ZHANG = new UserSummary(1, "zhang", "张伟", 3, "销售部", null, null, null, true);

    private final UserService users = mock(UserService.class);
    private final List<String> refusals = new java.util.ArrayList<>();
    private final UserDirectorySource source = UserDirectorySource.directory(users, CALLER, refusals::add);

    @Test
    void filtersTrimAndBlankMeansAll() {
        assertThat(source.filter("  张 ", 3L, true)).isEqualTo(new UserQuery("张", 3L, true));
        assertThat(source.filter("   ", null, false)).isEqualTo(UserQuery.all());
    }

    @Test
    void theGridsQueryBecomesAPageRequestOfTheCaller() {
        source.filter("张", null, false);
        UserQuery expected = new UserQuery("张", null, false);
        when(users.directory(CALLER, expected, new PageRequest(100, 50, "unitName", false))).thenReturn(List.of(ZHANG));
        when(users.countDirectory(CALLER, expected)).thenReturn(151);

        var provider = source.dataProvider();
        List<UserSummary> rows = provider.fetch(new Query<>(100, 50,
                List.of(new QuerySortOrder("unitName", SortDirection.DESCENDING)), null, null)).toList();

        assertThat(rows).containsExactly(ZHANG);
        assertThat(provider.size(new Query<>())).isEqualTo(151);
    }

    @Test
    void unsortablePropertiesAreNotSentToTheService() {
        when(users.directory(eq(CALLER), any(), any())).thenReturn(List.of());
        source.fetch(0, 20, List.of(new QuerySortOrder("mobile", SortDirection.ASCENDING))).toList();
        verify(users).directory(CALLER, UserQuery.all(), new PageRequest(0, 20, null, true));
    }

    @Test
    void exportReadsEveryRowUnderTheFilter() {
        when(users.countDirectory(CALLER, UserQuery.all())).thenReturn(1);
        when(users.directory(CALLER, UserQuery.all(), new PageRequest(0, PageRequest.MAX_LIMIT, null, true)))
                .thenReturn(List.of(ZHANG));

        assertThat(source.all()).containsExactly(ZHANG);
    }

    @Test
    void theAdminListingAsksForTheUsersTheCallerAdministersNotTheDirectory() {
        UserDirectorySource admin = UserDirectorySource.administration(users, CALLER, refusals::add);
        admin.filter("张", 3L, true);
        UserQuery expected = new UserQuery("张", 3L, true);
        when(users.search(CALLER, expected, new PageRequest(0, 50, "login", true))).thenReturn(List.of(ZHANG));
        when(users.count(CALLER, expected)).thenReturn(1);
        when(users.search(CALLER, expected, new PageRequest(0, PageRequest.MAX_LIMIT, null, true)))
                .thenReturn(List.of(ZHANG));

        var provider = admin.dataProvider();
        assertThat(provider.fetch(new Query<>(0, 50, List.of(new QuerySortOrder("login", SortDirection.ASCENDING)),
                null, null)).toList()).containsExactly(ZHANG);
        assertThat(provider.size(new Query<>())).isEqualTo(1);
        assertThat(admin.all()).containsExactly(ZHANG);
        verify(users, never()).directory(any(), any(), any());
        verify(users, never()).countDirectory(any(), any());
    }

    @Test
    void withoutUserManageTheAdminListingIsEmptyAndSaysWhy() {
        UserDirectorySource admin = UserDirectorySource.administration(users, CALLER, refusals::add);
        when(users.count(eq(CALLER), any()))
                .thenThrow(new org.atrium.platform.api.AccessDeniedException("platform.user.manage", "无权管理用户"));

        assertThat(admin.count()).isZero();
        assertThat(refusals).containsExactly("无权管理用户");
    }

    @Test
    void aRefusalEmptiesTheGridAndIsReportedOncePerFilter() {
        when(users.countDirectory(eq(CALLER), any()))
                .thenThrow(new org.atrium.platform.api.AccessDeniedException("platform.directory.view", "无权查看通讯录"));
        when(users.directory(eq(CALLER), any(), any()))
                .thenThrow(new org.atrium.platform.api.AccessDeniedException("platform.directory.view", "无权查看通讯录"));

        assertThat(source.count()).isZero();
        assertThat(source.fetch(0, 10, List.of())).isEmpty();
        assertThat(source.all()).isEmpty();
        assertThat(refusals).containsExactly("无权查看通讯录");

        source.filter("x", null, false);
        source.count();
        assertThat(refusals).hasSize(2);
    }
}
