package org.atrium.platform.core.internal;

class PostgresIdentityTest extends IdentityTests {
    PostgresIdentityTest() {
        super("postgres");
    }
}
