package org.atrium.crm.impl.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atrium.crm.api.opportunity.OpportunityStatus;

/** An opportunity. {@code reachedOrder} is the highest stage order it was ever in (for conversion rates). */
@Entity
@Table(name = "CRM_OPPORTUNITY")
public class OpportunityEntity extends OwnedEntity {
    @Column(name = "CUSTOMER_ID") private long customerId;
    @Column(name = "NAME") private String name;
    @Column(name = "STAGE_CODE") private String stageCode;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") private OpportunityStatus status;
    @Column(name = "REACHED_ORDER") private int reachedOrder;
    @Column(name = "AMOUNT") private BigDecimal amount;
    @Column(name = "EXPECTED_CLOSE") private LocalDate expectedClose;
    @Column(name = "WIN_LOSS_REASON") private String winLossReason;
    @Column(name = "CLOSED_AT") private Instant closedAt;

    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStageCode() { return stageCode; }
    public void setStageCode(String stageCode) { this.stageCode = stageCode; }
    public OpportunityStatus getStatus() { return status; }
    public void setStatus(OpportunityStatus status) { this.status = status; }
    public int getReachedOrder() { return reachedOrder; }
    public void setReachedOrder(int reachedOrder) { this.reachedOrder = reachedOrder; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getExpectedClose() { return expectedClose; }
    public void setExpectedClose(LocalDate expectedClose) { this.expectedClose = expectedClose; }
    public String getWinLossReason() { return winLossReason; }
    public void setWinLossReason(String winLossReason) { this.winLossReason = winLossReason; }
    public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
}
