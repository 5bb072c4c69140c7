package org.atrium.platform.core.internal;

class PostgresScopeTest extends ScopeTests {
    PostgresScopeTest() {
        super("postgres");
    }
}
