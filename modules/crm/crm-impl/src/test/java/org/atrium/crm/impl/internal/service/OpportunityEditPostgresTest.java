package org.atrium.crm.impl.internal.service;

import org.junit.jupiter.api.condition.EnabledIf;

/** The opportunity edit tests on PostgreSQL (skipped when 127.0.0.1:5432 does not answer). */
@EnabledIf("org.atrium.crm.impl.internal.service.CrmTestDatabase#postgresReachable")
class OpportunityEditPostgresTest extends OpportunityEditTest {

    @Override
    CrmTestDatabase database() throws Exception {
        return CrmTestDatabase.postgres();
    }
}
