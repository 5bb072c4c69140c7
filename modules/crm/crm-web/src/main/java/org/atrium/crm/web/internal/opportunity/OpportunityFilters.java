package org.atrium.crm.web.internal.opportunity;

import java.util.Set;

import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;

/** Turns the opportunity filter bar into the service's filter. */
final class OpportunityFilters {

    private OpportunityFilters() {
    }

    static OpportunityFilter of(String text, PipelineStage stage, OpportunityStatus status, boolean mineOnly) {
        String trimmed = text == null || text.isBlank() ? null : text.strip();
        return new OpportunityFilter(trimmed, null, stage == null ? null : Set.of(stage.code()),
                status == null ? null : Set.of(status), null, null, null, mineOnly);
    }
}
