package org.atrium.crm.impl.internal.transfer;

import org.atrium.crm.impl.internal.service.CrmTestDatabase;
import org.junit.jupiter.api.condition.EnabledIf;

/** The classification import tests on PostgreSQL (skipped when 127.0.0.1:5432 does not answer). */
@EnabledIf("org.atrium.crm.impl.internal.service.CrmTestDatabase#postgresReachable")
class ImportClassificationPostgresTest extends ImportClassificationTest {

    @Override
    CrmTestDatabase database() throws Exception {
        return CrmTestDatabase.postgres();
    }
}
