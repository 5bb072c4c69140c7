package org.atrium.platform.core.internal;

class DerbyPersistenceTest extends PersistenceTests {
    DerbyPersistenceTest() {
        super("derby", "JavaDBPlatform");
    }
}
