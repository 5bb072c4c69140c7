package org.atrium.crm.impl.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.impl.internal.service.CrmServices;
import org.atrium.crm.impl.internal.service.CrmTestDatabase;
import org.atrium.crm.impl.internal.service.TestWorld;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.security.RoleService;
import org.junit.jupiter.api.Test;

/** The demo's classification dimensions and values, the same for the same customer codes. */
class DemoClassificationsTest {

    private static final List<SalesTeam> TEAMS = List.of(new SalesTeam(A, "EAST",
            List.of(new SalesTeam.Rep(A_MANAGER.userId(), A_SALES), new SalesTeam.Rep(A_REP.userId(), A_SALES))));

    private static Map<String, Map<String, String>> load() throws Exception {
        try (CrmTestDatabase db = new CrmTestDatabase()) {
            TestWorld world = new TestWorld();
            CrmServices crm = new CrmServices(db, world);
            when(world.org.root()).thenReturn(new OrgUnit(HQ, null, "ROOT", "集团", OrgUnitType.GROUP, null, 0, 0));
            CrmDemoLoader loader = new CrmDemoLoader(db.store, world.org, world.users, mock(RoleService.class),
                    world.audit, crm.customers, crm.opportunities);
            try {
                loader.load(7L, 120, 10, TEAMS).orElseThrow();
            } finally {
                loader.stop();
            }
            List<ClassificationDimension> dimensions = crm.classifications.dimensions(ADMIN);
            assertThat(dimensions).extracting(ClassificationDimension::name).containsExactly("行业细分", "客户规模", "合作模式");
            assertThat(dimensions.get(2).value("TRIAL").active()).isFalse();
            List<Customer> all = crm.customers.search(ADMIN, CustomerFilter.all(), PageRequest.first(500));
            assertThat(all).hasSize(120).allSatisfy(c -> assertThat(c.classification("SEGMENT")).isNotNull());
            assertThat(all).filteredOn(c -> c.classification("MODE") == null).isNotEmpty();
            assertThat(all).filteredOn(c -> "TRIAL".equals(c.classification("MODE"))).isNotEmpty();
            for (ClassificationDimension d : dimensions.subList(0, 2)) {
                assertThat(all).extracting(c -> c.classification(d.code())).as(d.name())
                        .containsAll(d.values().stream().map(v -> v.code()).toList());
            }
            int large = crm.customers.count(ADMIN, CustomerFilter.all().withClassifications(Map.of("SCALE", "LARGE")));
            assertThat(large).isEqualTo((int) all.stream().filter(c -> "LARGE".equals(c.classification("SCALE"))).count());
            return all.stream().collect(Collectors.toMap(Customer::code, Customer::classificationCodes));
        }
    }

    @Test
    void onlyTheGroupsManagementMaintainsTheDimensions() {
        assertThat(DemoGrants.withCrmGrants("GROUP_EXEC", List.of())).extracting(g -> g.permission())
                .contains(org.atrium.crm.api.CrmPermissions.CLASSIFICATION_MANAGE);
        for (String role : List.of("SUB_GM", "DEPT_MANAGER", "DEPT_SUPERVISOR", "EMPLOYEE")) {
            assertThat(DemoGrants.withCrmGrants(role, List.of())).as(role).extracting(g -> g.permission())
                    .doesNotContain(org.atrium.crm.api.CrmPermissions.CLASSIFICATION_MANAGE);
        }
    }

    @Test
    void everyDemoCustomerGetsTheSameValuesForItsCode() throws Exception {
        Map<String, Map<String, String>> first = load();
        Map<String, Map<String, String>> second = load();
        assertThat(second).isEqualTo(first);
        assertThat(first.values().stream().map(m -> m.get("SCALE")).collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()))).hasSize(3);
    }
}
