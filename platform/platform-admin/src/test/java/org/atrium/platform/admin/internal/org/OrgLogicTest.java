package org.atrium.platform.admin.internal.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import com.vaadin.data.TreeData;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.junit.jupiter.api.Test;

class OrgLogicTest {

    private static final OrgUnit GROUP = unit(1, null, "集团", OrgUnitType.GROUP, 0, 100L);
    private static final OrgUnit HQ_FIN = unit(2, 1L, "财务部", OrgUnitType.DEPARTMENT, 1, 101L);
    private static final OrgUnit EAST = unit(3, 1L, "华东子公司", OrgUnitType.SUBSIDIARY, 1, 100L);
    private static final OrgUnit EAST_SALES = unit(4, 3L, "华东销售部", OrgUnitType.DEPARTMENT, 2, null);
    private static final OrgUnit EAST_SALES_1 = unit(5, 4L, "销售一组", OrgUnitType.DEPARTMENT, 3, null);
    private static final List<OrgUnit> ALL = List.of(GROUP, HQ_FIN, EAST, EAST_SALES, EAST_SALES_1);

    @Test
    void buildsTheTreeFromTheFlatList() {
        TreeData<OrgUnit> tree = OrgLogic.tree(ALL);

        assertThat(tree.getRootItems()).containsExactly(GROUP);
        assertThat(tree.getChildren(GROUP)).containsExactly(HQ_FIN, EAST);
        assertThat(tree.getChildren(EAST_SALES)).containsExactly(EAST_SALES_1);
    }

    @Test
    void anOrphanShowsAsARoot() {
        OrgUnit orphan = unit(9, 99L, "孤立", OrgUnitType.DEPARTMENT, 5, null);
        assertThat(OrgLogic.tree(List.of(GROUP, orphan)).getRootItems()).containsExactly(GROUP, orphan);
    }

    @Test
    void aUnitCannotMoveUnderItselfOrBelowItself() {
        assertThat(OrgLogic.moveTargets(ALL, 3)).containsExactly(GROUP, HQ_FIN);
        assertThat(OrgLogic.moveTargets(ALL, 5)).containsExactly(GROUP, HQ_FIN, EAST, EAST_SALES);
        assertThat(OrgLogic.subtree(ALL, 1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void looksUpEachHeadOnce() {
        List<Long> lookedUp = new ArrayList<>();

        var names = OrgLogic.headNames(ALL, id -> {
            lookedUp.add(id);
            return id == 100L ? Optional.of(summary(100, "赵总")) : Optional.empty();
        });

        assertThat(lookedUp).containsExactly(100L, 101L);
        assertThat(names).containsEntry(1L, "赵总").containsEntry(3L, "赵总").containsEntry(2L, "")
                .doesNotContainKey(4L);
    }

    @Test
    void sortOrderMustBeAWholeNumber() {
        assertThat(OrgLogic.sortOrder(" 20 ")).isEqualTo(OptionalInt.of(20));
        assertThat(OrgLogic.sortOrder("")).isEqualTo(OptionalInt.of(0));
        assertThat(OrgLogic.sortOrder("2.5")).isEmpty();
        assertThat(OrgLogic.sortOrder("十")).isEmpty();
    }

    private static OrgUnit unit(long id, Long parent, String name, OrgUnitType type, int depth, Long head) {
        return new OrgUnit(id, parent, "U" + id, name, type, head, (int) id, depth);
    }

    private static UserSummary summary(long id, String name) {
        return new UserSummary(id, "u" + id, name, 1, "集团", null, null, null, true);
    }
}
