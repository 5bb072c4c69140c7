package org.atrium.crm.impl.internal.persistence;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.atrium.crm.api.opportunity.Competitor;

/** A competitor on one opportunity. */
@Entity
@Table(name = "CRM_OPP_COMPETITOR")
public class CompetitorEntity extends CrmEntity {
    @Column(name = "OPPORTUNITY_ID") private long opportunityId;
    @Column(name = "SORT_ORDER") private int order;
    @Column(name = "NAME") private String name;
    @Column(name = "OFFER") private BigDecimal offer;
    @Column(name = "STRENGTHS") private String strengths;
    @Column(name = "WEAKNESSES") private String weaknesses;

    protected CompetitorEntity() {
    }

    public CompetitorEntity(long opportunityId, int order, Competitor c) {
        this.opportunityId = opportunityId;
        this.order = order;
        this.name = c.name();
        this.offer = c.offer();
        this.strengths = c.strengths();
        this.weaknesses = c.weaknesses();
    }

    public long getOpportunityId() { return opportunityId; }
    public int getOrder() { return order; }

    public Competitor toCompetitor() {
        return new Competitor(name, offer, strengths, weaknesses);
    }
}
