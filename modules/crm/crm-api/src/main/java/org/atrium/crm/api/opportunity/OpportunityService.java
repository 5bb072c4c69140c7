package org.atrium.crm.api.opportunity;

import java.time.Instant;
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

    /**
     * Counts like {@link #count} (the same filter and data scope) but stops at {@code atMost}, for a list that
     * shows "more than N" rather than counting a large scope row by row (the opportunities of a subsidiary grow
     * with every year of selling).
     *
     * @param atMost the largest count wanted; 0 or less gives 0
     * @return the number of rows, or {@code atMost} when there are at least that many
     * @since 1.2
     */
    int countUpTo(UserContext caller, OpportunityFilter filter, int atMost);

    /**
     * Counts and sums the opportunities per stage in one query, for the kanban's column totals: the
     * opportunities the caller may see ({@code crm.opportunity.view} and its data scope) under the filter, like
     * {@link #count}, except that the filter's {@link OpportunityFilter#stageCodes() stage part} is ignored (each
     * stage is a column of its own). Its other parts, the statuses included, apply.
     *
     * @return one total per stage that has opportunities, in no particular order; a stage without any may be
     *         absent
     * @throws org.atrium.platform.api.AccessDeniedException when the caller may not view opportunities
     * @since 1.3
     */
    List<StageTotal> stageTotals(UserContext caller, OpportunityFilter filter);

    /** @throws org.atrium.platform.api.NotFoundException when unknown or outside the caller's scope */
    Opportunity get(UserContext caller, long opportunityId);

    /** Creates an opportunity owned by the caller for a customer the caller sees. */
    Opportunity create(UserContext caller, OpportunityDraft draft);

    /**
     * Changes name, amount, close date and competitors of an open opportunity. An edit that may also
     * change the stage goes through {@link #edit}, so that it is saved whole or not at all.
     */
    Opportunity update(UserContext caller, long opportunityId, OpportunityDraft draft);

    /**
     * Moves an opportunity to another stage (the kanban drag). Moving to the won or lost stage closes
     * it and needs a reason; moving a closed one back to an open stage reopens it.
     *
     * @param reason the win/loss reason, required for won and lost stages, ignored otherwise
     */
    Opportunity moveStage(UserContext caller, long opportunityId, String stageCode, String reason);

    /**
     * Saves an edit of an opportunity in one transaction: the field changes of {@link #update} and, when
     * asked, the stage move of {@link #moveStage}, with the same checks (permission {@code crm.opportunity.edit}
     * on the opportunity's owner, the caller's data scope, field rules, a reason for a closing stage). All or
     * nothing: when any part is refused (a closing stage without a reason, an unknown stage, a closed
     * opportunity, no permission, a stale edit), nothing is saved. Every field error and the reason error are
     * reported together. The audit log gets the same entries as the two methods would write: one for the
     * field changes and one for the stage move, only after the whole edit is saved.
     *
     * @param draft             the new fields, or {@code null} to keep them; the fields of a closed opportunity
     *                          change only when this call moves it back to an open stage
     * @param stageCode         the stage to move to, or {@code null} (or the current stage) to stay
     * @param reason            the win/loss reason, required when {@code stageCode} is a won or lost stage
     * @param expectedUpdatedAt the {@link Opportunity#updatedAt()} the edit started from (compared to the
     *                          microsecond); someone else's change since then refuses the edit
     * @return the opportunity as saved
     * @throws org.atrium.platform.api.ValidationException for invalid fields, stage or reason, for a closed
     *         opportunity and when someone else changed the opportunity since {@code expectedUpdatedAt}
     *         (the last two with field {@code ""})
     * @throws org.atrium.platform.api.NotFoundException when unknown or outside the caller's scope
     * @throws org.atrium.platform.api.AccessDeniedException when the caller sees it but may not edit it
     * @since 1.1
     */
    Opportunity edit(UserContext caller, long opportunityId, OpportunityDraft draft, String stageCode, String reason,
            Instant expectedUpdatedAt);

    /** Gives an opportunity to another owner. Needs {@code crm.opportunity.assign}. */
    Opportunity assign(UserContext caller, long opportunityId, Owner newOwner);

    /** Deletes an opportunity. */
    void delete(UserContext caller, long opportunityId);

    /** The funnel report over the opportunities in the caller's scope of {@code crm.opportunity.view}. */
    FunnelReport funnel(UserContext caller, FunnelQuery query);
}
