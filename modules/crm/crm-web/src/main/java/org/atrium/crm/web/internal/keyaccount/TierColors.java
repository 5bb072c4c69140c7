package org.atrium.crm.web.internal.keyaccount;

import org.atrium.crm.api.customer.Tier;

/** The colour of each tier in the key-account charts. */
final class TierColors {

    private TierColors() {
    }

    static String of(Tier tier) {
        return switch (tier) {
            case A1 -> ParetoChart.A1_COLOR;
            case A2 -> ParetoChart.A2_COLOR;
            case B -> "#2fa36b";
            case C -> "#f0b429";
        };
    }
}
