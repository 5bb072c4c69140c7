package org.atrium.crm.web.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadConversion;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.lead.SourceChannel;
import org.junit.jupiter.api.Test;

class LeadLogicTest {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private final LeadRows rows = new LeadRows(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

    private static Lead lead(LeadStatus status, Instant deadline) {
        return new Lead(1, "苏州精工机械有限公司", "陈刚", "13800001111", null, "江苏省", "苏州市", "机械", SourceChannel.EXHIBITION,
                null, status, 5, 3, deadline, null, NOW, NOW);
    }

    @Test
    void newLeadsPastTheirDeadlineAreHighlighted() {
        assertThat(rows.style(lead(LeadStatus.NEW, NOW.minusSeconds(60)))).isEqualTo(LeadRows.OVERDUE_STYLE);
        assertThat(rows.style(lead(LeadStatus.NEW, NOW.plusSeconds(60)))).isNull();
        assertThat(rows.style(lead(LeadStatus.FOLLOWING, NOW.minusSeconds(60)))).isNull();
        assertThat(rows.style(lead(LeadStatus.NEW, null))).isNull();
    }

    @Test
    void deadlinesShowInTheLocalZone() {
        assertThat(rows.deadline(lead(LeadStatus.NEW, NOW))).isEqualTo("2025-03-10 16:00");
        assertThat(rows.deadline(lead(LeadStatus.NEW, null))).isEmpty();
    }

    @Test
    void theFilterBarMapsToTheServiceFilter() {
        LeadFilter filter = LeadRows.filter(" 陈 ", LeadStatus.NEW, SourceChannel.PHONE, true, false);

        assertThat(filter.text()).isEqualTo("陈");
        assertThat(filter.statuses()).containsExactly(LeadStatus.NEW);
        assertThat(filter.channel()).isEqualTo(SourceChannel.PHONE);
        assertThat(filter.overdueOnly()).isTrue();
        assertThat(LeadRows.filter("  ", null, null, false, true).text()).isNull();
    }

    @Test
    void conversionSendsEitherANewOrAnExistingCustomerAndAnOpportunityOnlyWithAName() {
        CustomerDraft draft = CustomerDraft.of("苏州精工机械有限公司", CustomerType.ENTERPRISE);

        LeadConversion fresh = ConversionForm.conversion(true, 77L, draft, "采购经理", "2025 年度设备采购",
                new BigDecimal("800000"), LocalDate.of(2025, 9, 30), false);
        assertThat(fresh.existingCustomerId()).isNull();
        assertThat(fresh.newCustomer()).isEqualTo(draft);
        assertThat(fresh.opportunityAmount()).isEqualByComparingTo("800000");

        LeadConversion attach = ConversionForm.conversion(false, 77L, draft, null, "  ", new BigDecimal("1"),
                LocalDate.of(2025, 9, 30), true);
        assertThat(attach.existingCustomerId()).isEqualTo(77L);
        assertThat(attach.newCustomer()).isNull();
        assertThat(attach.opportunityName()).isNull();
        assertThat(attach.opportunityAmount()).isNull();
        assertThat(attach.expectedCloseDate()).isNull();
        assertThat(attach.acceptSimilar()).isTrue();
    }
}
