package org.atrium.crm.api.opportunity;

import java.util.List;

import org.atrium.crm.api.Owner;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opportunities and the pipeline. Creating an opportunity moves its customer's lifecycle forward to
 * 商机客户; winning one moves it to 成交用户.
 */
@ProviderType
public interface OpportunityService {

    /** @return the pipeline stages in order, open stages first, then won and lost */
    List<PipelineStage> stages();

    /**
     * Replaces the pipeline. Needs {@code crm.pipeline.manage} with the whole group scope. Exactly
     * one {@link StageKind#WON} and one {@link StageKind#LOST} stage, at least one open stage; a
     * stage still used by opportunities cannot be removed.
     */
    List<PipelineStage> saveStages(UserContext caller, List<PipelineStage> stages);

    /**
     * Sortable by {@code name}, {@code amount}, {@code expectedCloseDate}, {@code stage},
     * {@code createdAt}; default by expected close date.
     */
    List<Opportunity> search(UserContext caller, OpportunityFilter filter, PageRequest page);

    /** @return the number of rows {@link #search} would return without paging */
    int count(UserContext caller, OpportunityFilter filter);

    /** @throws org.atrium.platform.api.NotFoundException when unknown or outside the caller's scope */
    Opportunity get(UserContext caller, long opportunityId);

    /** Creates an opportunity owned by the caller for a customer the caller sees. */
    Opportunity create(UserContext caller, OpportunityDraft draft);

    /** Changes name, amount, close date and competitors of an open opportunity. */
    Opportunity update(UserContext caller, long opportunityId, OpportunityDraft draft);

    /**
     * Moves an opportunity to another stage (the kanban drag). Moving to the won or lost stage closes
     * it and needs a reason; moving a closed one back to an open stage reopens it.
     *
     * @param reason the win/loss reason, required for won and lost stages, ignored otherwise
     */
    Opportunity moveStage(UserContext caller, long opportunityId, String stageCode, String reason);

    /** Gives an opportunity to another owner. Needs {@code crm.opportunity.assign}. */
    Opportunity assign(UserContext caller, long opportunityId, Owner newOwner);

    /** Deletes an opportunity. */
    void delete(UserContext caller, long opportunityId);

    /** The funnel report over the opportunities in the caller's scope of {@code crm.opportunity.view}. */
    FunnelReport funnel(UserContext caller, FunnelQuery query);
}
