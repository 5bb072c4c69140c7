package org.atrium.crm.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.lead.SourceChannel;
import org.junit.jupiter.api.Test;

class ApiContractTest {

    @Test
    void lifecycleOrderIsTheForwardPathAndLostStandsApart() {
        assertThat(LifecycleStage.IDENTIFYING.isBefore(LifecycleStage.PROSPECT)).isTrue();
        assertThat(LifecycleStage.ORDER.isBefore(LifecycleStage.DEAL)).isTrue();
        assertThat(LifecycleStage.DEAL.isBefore(LifecycleStage.OPPORTUNITY)).isFalse();
        assertThat(LifecycleStage.LOST.isBefore(LifecycleStage.DEAL)).isFalse();
        assertThat(LifecycleStage.IDENTIFYING.isBefore(LifecycleStage.LOST)).isFalse();
    }

    @Test
    void permissionIdsFollowTheConvention() {
        assertThat(CrmPermissions.all()).doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p).matches("crm\\.[a-z]+\\.[a-z]+"));
    }

    @Test
    void onlyNewLeadsPastTheirDeadlineAreOverdue() {
        Instant now = Instant.parse("2025-03-01T00:00:00Z");
        Lead overdue = lead(LeadStatus.NEW, now.minusSeconds(1));
        assertThat(overdue.isOverdue(now)).isTrue();
        assertThat(lead(LeadStatus.FOLLOWING, now.minusSeconds(1)).isOverdue(now)).isFalse();
        assertThat(lead(LeadStatus.NEW, now.plusSeconds(1)).isOverdue(now)).isFalse();
        assertThat(lead(LeadStatus.NEW, null).isOverdue(now)).isFalse();
    }

    private static Lead lead(LeadStatus status, Instant deadline) {
        return new Lead(1, null, "周杰", null, null, null, null, null, SourceChannel.OTHER, null, status, 1, 1,
                deadline, null, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void handOverTotal() {
        assertThat(new HandOverResult(1, 2, 3, 4, 9).total()).isEqualTo(10);
    }
}
