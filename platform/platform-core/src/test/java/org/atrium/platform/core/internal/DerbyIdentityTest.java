package org.atrium.platform.core.internal;

class DerbyIdentityTest extends IdentityTests {
    DerbyIdentityTest() {
        super("derby");
    }
}
