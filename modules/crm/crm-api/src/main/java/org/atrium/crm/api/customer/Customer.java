package org.atrium.crm.api.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A customer of the group as the services return it.
 *
 * @param id             the customer's id
 * @param code           the group-wide customer code (客户编码), e.g. {@code C2025000042}
 * @param name           the registered name, e.g. 上海华东钢铁贸易有限公司
 * @param shortName      the short name (简称), or {@code null}
 * @param creditCode     the unified social credit code (统一社会信用代码), upper case, or {@code null}
 * @param industry       the industry, free text or a code from the admin's list, or {@code null}
 * @param province       the province, e.g. 上海市, or {@code null}
 * @param city           the city, or {@code null}
 * @param type           the kind of customer
 * @param source         where it came from, e.g. 展会, 转介绍, or {@code null}
 * @param lifecycle      the lifecycle stage
 * @param tier           the key-account tier, or {@code null} when not classified
 * @param creditRating   the credit rating, e.g. AAA, or {@code null}
 * @param ownerUserId    the responsible user; {@link CustomerPoolService#NO_OWNER} while the customer
 *                       is in the public pool
 * @param ownerUnitId    the owning org unit (the company, while in the public pool)
 * @param parentId       the parent customer (a group customer), or {@code null}
 * @param aliases        old customer codes that now point to this customer (after merges)
 * @param pinyinInitials the pinyin initials of the name (首字母), lower case, for search
 * @param createdAt      when it was registered
 * @param updatedAt      when it was last changed
 * @param version        the optimistic-lock version; pass it back to
 *                       {@link CustomerService#update} so that concurrent edits are detected
 * @param classifications the classification values the customer holds (客户分类), at most one per
 *                       dimension, in the dimensions' display order; deactivated values included
 */
public record Customer(long id, String code, String name, String shortName, String creditCode, String industry,
        String province, String city, CustomerType type, String source, LifecycleStage lifecycle, Tier tier,
        String creditRating, long ownerUserId, long ownerUnitId, Long parentId, List<String> aliases,
        String pinyinInitials, Instant createdAt, Instant updatedAt, long version,
        List<Classification> classifications) {

    public Customer {
        aliases = List.copyOf(aliases);
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
    }

    /** A customer without classification values (the form of version 1.1 of this package). */
    public Customer(long id, String code, String name, String shortName, String creditCode, String industry,
            String province, String city, CustomerType type, String source, LifecycleStage lifecycle, Tier tier,
            String creditRating, long ownerUserId, long ownerUnitId, Long parentId, List<String> aliases,
            String pinyinInitials, Instant createdAt, Instant updatedAt, long version) {
        this(id, code, name, shortName, creditCode, industry, province, city, type, source, lifecycle, tier,
                creditRating, ownerUserId, ownerUnitId, parentId, aliases, pinyinInitials, createdAt, updatedAt,
                version, List.of());
    }

    /** @return the code of the value held for the dimension, or {@code null} */
    public String classification(String dimensionCode) {
        return classifications.stream().filter(c -> c.dimensionCode().equals(dimensionCode))
                .map(Classification::valueCode).findFirst().orElse(null);
    }

    /** @return dimension code to value code, as {@link CustomerDraft#classifications()} takes them */
    public Map<String, String> classificationCodes() {
        return classifications.stream().collect(Collectors.toUnmodifiableMap(Classification::dimensionCode,
                Classification::valueCode));
    }
}
