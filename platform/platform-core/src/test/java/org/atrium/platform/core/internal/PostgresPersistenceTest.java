package org.atrium.platform.core.internal;

class PostgresPersistenceTest extends PersistenceTests {
    PostgresPersistenceTest() {
        super("postgres", "PostgreSQLPlatform");
    }
}
