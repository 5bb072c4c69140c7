package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import org.atrium.crm.api.activity.ActivityDraft;
import org.atrium.crm.api.activity.ActivityType;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.PoolCustomer;
import org.atrium.crm.impl.internal.persistence.CustomerEntity;
import org.atrium.crm.impl.internal.pool.CustomerPoolServiceImpl;
import org.atrium.crm.impl.internal.pool.PoolConfig;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoolServiceTest {

    private CrmTestDatabase db;
    private TestWorld world;
    private CrmServices crm;
    private CustomerPoolServiceImpl pool;

    @BeforeEach
    void setUp() throws Exception {
        db = new CrmTestDatabase();
        world = new TestWorld();
        crm = new CrmServices(db, world);
        when(world.org.all()).thenReturn(new ArrayList<>(world.units.values()));
        pool = pool(30, 100, "U20=0");
    }

    private CustomerPoolServiceImpl pool(int days, int limit, String... overrides) {
        return new CustomerPoolServiceImpl(db.store, world.access, world.audit, world.org, crm.customers,
                config(days, limit, overrides));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long customer(org.atrium.platform.api.identity.UserContext who, String name, int ageDays) {
        long id = crm.customers.create(who, CustomerDraft.of(name, CustomerType.ENTERPRISE)).id();
        Instant then = Instant.now().minus(Duration.ofDays(ageDays));
        db.store.jpa().run(em -> em.createQuery("UPDATE CustomerEntity c SET c.createdAt = :t, c.ownedSince = :t "
                + "WHERE c.id = :id").setParameter("t", then).setParameter("id", id).executeUpdate());
        return id;
    }

    private CustomerEntity row(long id) {
        return db.store.jpa().read(em -> em.find(CustomerEntity.class, id));
    }

    private long activity(org.atrium.platform.api.identity.UserContext who, long customer, int daysAgo) {
        return crm.activities.create(who, new ActivityDraft(ActivityType.CALL, null, "电话回访", null,
                Instant.now().minus(Duration.ofDays(daysAgo)), customer, null, null, null, null)).id();
    }

    @Test
    void activitiesKeepTheLastFollowUpUpToDate() {
        long c = customer(A_REP, "华东钢铁贸易有限公司", 200);
        assertThat(row(c).getLastActivityAt()).isNull();
        long old = activity(A_REP, c, 100);
        long recent = activity(A_REP, c, 3);
        Instant recentAt = crm.activities.get(A_REP, recent).occurredAt();
        assertThat(row(c).getLastActivityAt()).isEqualTo(recentAt);
        long version = crm.customers.get(A_REP, c).version();
        crm.activities.delete(A_REP, recent);
        assertThat(row(c).getLastActivityAt()).isEqualTo(crm.activities.get(A_REP, old).occurredAt());
        assertThat(crm.customers.get(A_REP, c).version()).as("not an edit of the customer").isEqualTo(version);
        crm.activities.delete(A_REP, old);
        assertThat(row(c).getLastActivityAt()).isNull();
    }

    @Test
    void sweepReturnsCustomersWithoutFollowUpPerCompanyDays() {
        long stale = customer(A_REP, "华东钢铁贸易有限公司", 200);
        long followed = customer(A_REP, "上海恒瑞精密机械有限公司", 200);
        activity(A_REP, followed, 5);
        long young = customer(A_REP, "杭州华信物流有限公司", 10);
        long southStale = customer(B_REP, "华南物流有限公司", 200);

        assertThat(pool.sweep(Instant.now())).isEqualTo(1);

        CustomerEntity returned = row(stale);
        assertThat(returned.getOwnerUserId()).isEqualTo(CustomerPoolService.NO_OWNER);
        assertThat(returned.getOwnerUnitId()).isEqualTo(A);
        assertThat(returned.getPoolSince()).isNotNull();
        assertThat(row(followed).getOwnerUserId()).isEqualTo(A_REP.userId());
        assertThat(row(young).getOwnerUserId()).isEqualTo(A_REP.userId());
        assertThat(row(southStale).getOwnerUserId()).as("B has no automatic return").isEqualTo(B_REP.userId());
        verify(world.audit).record(isNull(), eq("crm.customer.pool.return"), eq("crm.customer"),
                eq(String.valueOf(stale)), anyString());
        assertThat(pool.sweep(Instant.now())).as("nothing left to return").isZero();
        assertThat(pool.poolDays(B_SALES)).isZero();
        assertThat(pool.poolDays(A_SALES)).isEqualTo(30);
    }

    @Test
    void poolIsVisibleToTheCompanyAndClaimedOnce() {
        long c = customer(A_REP, "华东钢铁贸易有限公司", 200);
        pool.sweep(Instant.now());

        // own-records-only user of A still sees A's pool; B sees nothing of it
        assertThat(pool.poolCustomers(A_OWN, CustomerFilter.all(), PageRequest.first(10)))
                .extracting(p -> p.customer().id()).containsExactly(c);
        assertThat(pool.countPool(A_OWN, CustomerFilter.text("华东"))).isEqualTo(1);
        assertThat(pool.countPool(A_OWN, CustomerFilter.text("华南"))).isZero();
        assertThat(pool.countPool(B_MANAGER, CustomerFilter.all())).isZero();
        assertThat(pool.countPool(ADMIN, CustomerFilter.all())).isEqualTo(1);
        assertThatThrownBy(() -> pool.countPool(NOBODY, CustomerFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pool.claim(B_REP, c)).isInstanceOf(NotFoundException.class);

        Customer claimed = pool.claim(A_OWN, c);
        assertThat(claimed.ownerUserId()).isEqualTo(A_OWN.userId());
        assertThat(claimed.ownerUnitId()).isEqualTo(A_SALES);
        assertThat(row(c).getPoolSince()).isNull();
        assertThat(row(c).getOwnedSince()).isAfter(Instant.now().minusSeconds(60));
        assertThatThrownBy(() -> pool.claim(A_REP, c)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("已被他人领取");
        assertThat(pool.countPool(A_OWN, CustomerFilter.all())).isZero();
        verify(world.audit).record(eq(A_OWN), eq("crm.customer.pool.claim"), eq("crm.customer"), eq(String.valueOf(c)),
                anyString());
        // a fresh owner is not swept back at once
        assertThat(pool.sweep(Instant.now())).isZero();
    }

    @Test
    void claimLimitCountsTheCustomersHeld() {
        CustomerPoolServiceImpl limited = pool(30, 1);
        customer(A_REP, "上海恒瑞精密机械有限公司", 1);
        long c = customer(A_MANAGER, "华东钢铁贸易有限公司", 200);
        limited.sweep(Instant.now());
        assertThatThrownBy(() -> limited.claim(A_REP, c)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("上限");
        assertThat(limited.claim(A_OWN, c).ownerUserId()).isEqualTo(A_OWN.userId());
        assertThat(limited.claimLimit()).isEqualTo(1);
    }

    @Test
    void ownersReleaseTheirCustomersOutsidersCannot() {
        long c = customer(A_REP, "华东钢铁贸易有限公司", 1);
        assertThatThrownBy(() -> pool.releaseToPool(B_MANAGER, c)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pool.releaseToPool(A_OWN, c)).isInstanceOf(NotFoundException.class);
        Customer released = pool.releaseToPool(A_REP, c);
        assertThat(released.ownerUserId()).isEqualTo(CustomerPoolService.NO_OWNER);
        assertThat(released.ownerUnitId()).isEqualTo(A);
        assertThatThrownBy(() -> pool.releaseToPool(A_MANAGER, c)).isInstanceOf(ValidationException.class);
        verify(world.audit, times(1)).record(eq(A_REP), eq("crm.customer.pool.release"), eq("crm.customer"),
                eq(String.valueOf(c)), anyString());
        assertThat(pool.poolCustomers(A_REP, CustomerFilter.all(), PageRequest.first(5))).singleElement()
                .satisfies(p -> assertThat(p.poolSince()).isNotNull());
        // the manager (company scope) still finds it in the ordinary list and may assign it
        assertThat(crm.customers.count(A_MANAGER, CustomerFilter.all())).isEqualTo(1);
        assertThat(crm.customers.assign(A_MANAGER, c, new org.atrium.crm.api.Owner(A_REP.userId(), A_SALES))
                .ownerUserId()).isEqualTo(A_REP.userId());
        assertThat(row(c).getPoolSince()).isNull();
    }

    static PoolConfig config(int days, int limit, String... overrides) {
        return new PoolConfig() {
            @Override public Class<? extends java.lang.annotation.Annotation> annotationType() { return PoolConfig.class; }
            @Override public int poolDays() { return days; }
            @Override public String[] poolDaysByCompany() { return overrides; }
            @Override public int claimLimit() { return limit; }
            @Override public int sweepDelaySeconds() { return 120; }
            @Override public int sweepPeriodHours() { return 24; }
        };
    }
}
