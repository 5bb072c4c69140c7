package org.atrium.crm.impl.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.lead.SourceChannel;

/** A lead. */
@Entity
@Table(name = "CRM_LEAD")
public class LeadEntity extends OwnedEntity {
    @Column(name = "COMPANY_NAME") private String companyName;
    @Column(name = "CONTACT_NAME") private String contactName;
    @Column(name = "MOBILE") private String mobile;
    @Column(name = "EMAIL") private String email;
    @Column(name = "PROVINCE") private String province;
    @Column(name = "CITY") private String city;
    @Column(name = "INDUSTRY") private String industry;
    @Enumerated(EnumType.STRING) @Column(name = "CHANNEL") private SourceChannel channel;
    @Column(name = "DESCRIPTION") private String description;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") private LeadStatus status;
    @Column(name = "FOLLOW_UP_DEADLINE") private Instant followUpDeadline;
    @Column(name = "DISQUALIFY_REASON") private String disqualifyReason;
    @Column(name = "CUSTOMER_ID") private Long customerId;

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public SourceChannel getChannel() { return channel; }
    public void setChannel(SourceChannel channel) { this.channel = channel; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LeadStatus getStatus() { return status; }
    public void setStatus(LeadStatus status) { this.status = status; }
    public Instant getFollowUpDeadline() { return followUpDeadline; }
    public void setFollowUpDeadline(Instant followUpDeadline) { this.followUpDeadline = followUpDeadline; }
    public String getDisqualifyReason() { return disqualifyReason; }
    public void setDisqualifyReason(String disqualifyReason) { this.disqualifyReason = disqualifyReason; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
}
