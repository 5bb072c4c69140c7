package org.atrium.platform.core.internal;

class PostgresAuthorizationTest extends AuthorizationTests {
    PostgresAuthorizationTest() {
        super("postgres");
    }
}
