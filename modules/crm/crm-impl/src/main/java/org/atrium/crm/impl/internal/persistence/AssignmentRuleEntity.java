package org.atrium.crm.impl.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atrium.crm.api.lead.AssignmentRuleType;

/** A lead assignment rule with its round-robin cursor; the team is stored as comma-separated user ids. */
@Entity
@Table(name = "CRM_LEAD_RULE")
public class AssignmentRuleEntity extends CrmEntity {
    @Column(name = "SORT_ORDER") private int order;
    @Enumerated(EnumType.STRING) @Column(name = "RULE_TYPE") private AssignmentRuleType type;
    @Column(name = "MATCH_VALUE") private String value;
    @Column(name = "USER_IDS") private String userIds;
    @Column(name = "FOLLOW_UP_HOURS") private int followUpHours;
    @Column(name = "RR_CURSOR") private int cursor;

    public int getOrder() { return order; }
    public void setOrder(int order) { this.order = order; }
    public AssignmentRuleType getType() { return type; }
    public void setType(AssignmentRuleType type) { this.type = type; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getUserIds() { return userIds; }
    public void setUserIds(String userIds) { this.userIds = userIds; }
    public int getFollowUpHours() { return followUpHours; }
    public void setFollowUpHours(int followUpHours) { this.followUpHours = followUpHours; }
    public int getCursor() { return cursor; }
    public void setCursor(int cursor) { this.cursor = cursor; }
}
