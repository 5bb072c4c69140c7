package org.atrium.platform.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atrium.platform.api.org.OrgUnitType;

/** A node of the org tree. Links are plain ids: the tree itself is cached by {@code OrgTreeCache}. */
@Entity
@Table(name = "ATR_ORG_UNIT")
public class OrgUnitEntity extends BaseEntity {
    @Column(name = "PARENT_ID") private Long parentId;
    @Column(name = "CODE") private String code;
    @Column(name = "NAME") private String name;
    @Enumerated(EnumType.STRING) @Column(name = "UNIT_TYPE") private OrgUnitType type;
    @Column(name = "HEAD_USER_ID") private Long headUserId;
    @Column(name = "SORT_ORDER") private int sortOrder;

    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrgUnitType getType() { return type; }
    public void setType(OrgUnitType type) { this.type = type; }
    public Long getHeadUserId() { return headUserId; }
    public void setHeadUserId(Long headUserId) { this.headUserId = headUserId; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
}
