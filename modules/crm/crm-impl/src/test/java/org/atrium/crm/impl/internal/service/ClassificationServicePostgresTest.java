package org.atrium.crm.impl.internal.service;

import org.junit.jupiter.api.condition.EnabledIf;

/** The classification tests on PostgreSQL (skipped when 127.0.0.1:5432 does not answer). */
@EnabledIf("org.atrium.crm.impl.internal.service.CrmTestDatabase#postgresReachable")
class ClassificationServicePostgresTest extends ClassificationServiceTest {

    @Override
    CrmTestDatabase database() throws Exception {
        return CrmTestDatabase.postgres();
    }
}
