package org.atrium.crm.impl.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import javax.persistence.Version;

import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.Tier;

/** A customer; name keys are derived on every save for the duplicate check and search. */
@Entity
@Table(name = "CRM_CUSTOMER")
public class CustomerEntity extends OwnedEntity {
    @Column(name = "CODE") private String code;
    @Column(name = "NAME") private String name;
    @Column(name = "NAME_LOWER") private String nameLower;
    @Column(name = "NAME_NORM") private String nameNorm;
    @Column(name = "NAME_CORE") private String nameCore;
    @Column(name = "REGION_PREFIXED") private boolean regionPrefixed;
    @Column(name = "NAME_PINYIN") private String namePinyin;
    @Column(name = "PINYIN_INITIALS") private String pinyinInitials;
    @Column(name = "SHORT_NAME") private String shortName;
    @Column(name = "CREDIT_CODE") private String creditCode;
    @Column(name = "INDUSTRY") private String industry;
    @Column(name = "PROVINCE") private String province;
    @Column(name = "CITY") private String city;
    @Enumerated(EnumType.STRING) @Column(name = "CUSTOMER_TYPE") private CustomerType type;
    @Column(name = "SOURCE") private String source;
    @Enumerated(EnumType.STRING) @Column(name = "LIFECYCLE") private LifecycleStage lifecycle;
    @Enumerated(EnumType.STRING) @Column(name = "TIER") private Tier tier;
    @Column(name = "CREDIT_RATING") private String creditRating;
    @Column(name = "PARENT_ID") private Long parentId;
    @Column(name = "LAST_ACTIVITY_AT") private java.time.Instant lastActivityAt;
    @Column(name = "OWNED_SINCE") private java.time.Instant ownedSince;
    @Column(name = "POOL_SINCE") private java.time.Instant poolSince;
    @Version @Column(name = "VERSION") private long version;

    /** Sets the name with the keys derived from it for the duplicate check and search. */
    public void rename(String name, org.atrium.crm.impl.internal.match.NameKeys keys) {
        this.name = name;
        this.nameLower = name.toLowerCase(java.util.Locale.ROOT);
        this.nameNorm = keys.normalised();
        this.nameCore = keys.core();
        this.regionPrefixed = keys.regionPrefixed();
        this.namePinyin = keys.pinyin();
        this.pinyinInitials = keys.initials();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public String getNameLower() { return nameLower; }
    public String getNameNorm() { return nameNorm; }
    public String getNameCore() { return nameCore; }
    public boolean isRegionPrefixed() { return regionPrefixed; }
    public String getNamePinyin() { return namePinyin; }
    public String getPinyinInitials() { return pinyinInitials; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public CustomerType getType() { return type; }
    public void setType(CustomerType type) { this.type = type; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LifecycleStage getLifecycle() { return lifecycle; }
    public void setLifecycle(LifecycleStage lifecycle) { this.lifecycle = lifecycle; }
    public Tier getTier() { return tier; }
    public void setTier(Tier tier) { this.tier = tier; }
    public String getCreditRating() { return creditRating; }
    public void setCreditRating(String creditRating) { this.creditRating = creditRating; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public long getVersion() { return version; }
    /** @return when the latest activity with the customer took place, or {@code null} */
    public java.time.Instant getLastActivityAt() { return lastActivityAt; }
    public void setLastActivityAt(java.time.Instant lastActivityAt) { this.lastActivityAt = lastActivityAt; }
    /** @return when the current owner got the customer (created, assigned, claimed), or {@code null} */
    public java.time.Instant getOwnedSince() { return ownedSince; }
    public void setOwnedSince(java.time.Instant ownedSince) { this.ownedSince = ownedSince; }
    /** @return when the customer went to the public pool, {@code null} while it has an owner */
    public java.time.Instant getPoolSince() { return poolSince; }
    public void setPoolSince(java.time.Instant poolSince) { this.poolSince = poolSince; }
}
