package org.atrium.crm.impl.internal.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.atrium.crm.impl.internal.persistence.ClassDimensionEntity;
import org.atrium.crm.impl.internal.persistence.ClassValueEntity;
import org.atrium.crm.impl.internal.persistence.CustomerClassEntity;

/**
 * The demo's customer classification dimensions (客户分类: 行业细分, 客户规模, 合作模式) and each demo
 * customer's values. A value follows from the customer code alone, so the same codes always get the
 * same values; some customers are left without a 合作模式 and one value is deactivated, as in a group
 * that has used the dimensions for a while.
 */
final class DemoClassifications {

    /** Code, name, then code/name pairs of the values. */
    private static final String[][] DIMENSIONS = {
        {"SEGMENT", "行业细分", "STEEL", "钢铁冶金", "AUTO", "汽车零部件", "MACHINERY", "装备制造", "LOGISTICS", "物流仓储",
            "CHEMICAL", "化工新材料", "ELECTRONICS", "电子电器"},
        {"SCALE", "客户规模", "LARGE", "大型企业", "MEDIUM", "中型企业", "SMALL", "小微企业"},
        {"MODE", "合作模式", "DIRECT", "直销", "DISTRIBUTION", "经销代理", "PROJECT", "项目制", "FRAMEWORK", "年度框架",
            "TRIAL", "试用合作"}};
    /** Deactivated after assignment: customers keep it, forms no longer offer it. */
    private static final String RETIRED = "TRIAL";
    private static final int FLUSH_EVERY = 1000;

    private DemoClassifications() {
    }

    /** @return the number of values assigned */
    static int write(EntityManager em, Instant now) {
        List<long[]> valueIds = new ArrayList<>();
        List<Long> dimensionIds = new ArrayList<>();
        List<ClassValueEntity> retired = new ArrayList<>();
        for (int d = 0; d < DIMENSIONS.length; d++) {
            String[] spec = DIMENSIONS[d];
            ClassDimensionEntity dimension = new ClassDimensionEntity(spec[0], spec[1], d + 1, now);
            em.persist(dimension);
            em.flush();
            long[] ids = new long[(spec.length - 2) / 2];
            for (int v = 0; v < ids.length; v++) {
                ClassValueEntity value = new ClassValueEntity(dimension.getId(), spec[2 + 2 * v], spec[3 + 2 * v], v + 1);
                em.persist(value);
                em.flush();
                ids[v] = value.getId();
                if (value.getCode().equals(RETIRED)) {
                    retired.add(value);
                }
            }
            dimensionIds.add(dimension.getId());
            valueIds.add(ids);
        }
        List<Object[]> customers = em.createQuery("SELECT c.id, c.code FROM CustomerEntity c ORDER BY c.id",
                Object[].class).getResultList();
        int written = 0;
        for (Object[] row : customers) {
            long customerId = (Long) row[0];
            int hash = Math.abs(((String) row[1]).hashCode() % 997);
            for (int d = 0; d < dimensionIds.size(); d++) {
                long[] ids = valueIds.get(d);
                int pick = (hash / (d * 5 + 1) + d) % (ids.length + (d == 2 ? 1 : 0));
                if (pick < ids.length) {
                    em.persist(new CustomerClassEntity(customerId, dimensionIds.get(d), ids[pick]));
                    if (++written % FLUSH_EVERY == 0) {
                        em.flush();
                        em.clear();
                    }
                }
            }
        }
        em.flush();
        for (ClassValueEntity value : retired) {
            em.createQuery("UPDATE ClassValueEntity v SET v.active = :off WHERE v.id = :id")
                    .setParameter("off", false).setParameter("id", value.getId()).executeUpdate();
        }
        return written;
    }
}
