package org.atrium.crm.impl.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atrium.crm.api.contact.DecisionRole;

/** A contact person. */
@Entity
@Table(name = "CRM_CONTACT")
public class ContactEntity extends OwnedEntity {
    @Column(name = "CUSTOMER_ID") private long customerId;
    @Column(name = "NAME") private String name;
    @Column(name = "NAME_LOWER") private String nameLower;
    @Column(name = "PINYIN_INITIALS") private String pinyinInitials;
    @Column(name = "TITLE") private String title;
    @Column(name = "DEPARTMENT") private String department;
    @Enumerated(EnumType.STRING) @Column(name = "DECISION_ROLE") private DecisionRole decisionRole;
    @Column(name = "MOBILE") private String mobile;
    @Column(name = "PHONE") private String phone;
    @Column(name = "EMAIL") private String email;
    @Column(name = "RELATIONSHIP") private Integer relationship;
    @Column(name = "NOTE") private String note;

    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameLower() { return nameLower; }
    public void setNameLower(String nameLower) { this.nameLower = nameLower; }
    public String getPinyinInitials() { return pinyinInitials; }
    public void setPinyinInitials(String pinyinInitials) { this.pinyinInitials = pinyinInitials; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public DecisionRole getDecisionRole() { return decisionRole; }
    public void setDecisionRole(DecisionRole decisionRole) { this.decisionRole = decisionRole; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    /** E-mail addresses are kept in lower case, so that the text search finds them by a prefix in an index. */
    public void setEmail(String email) { this.email = email == null ? null : email.toLowerCase(java.util.Locale.ROOT); }
    public Integer getRelationship() { return relationship; }
    public void setRelationship(Integer relationship) { this.relationship = relationship; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
