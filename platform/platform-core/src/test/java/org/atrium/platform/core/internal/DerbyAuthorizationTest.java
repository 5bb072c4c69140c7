package org.atrium.platform.core.internal;

class DerbyAuthorizationTest extends AuthorizationTests {
    DerbyAuthorizationTest() {
        super("derby");
    }
}
