package org.atrium.platform.core.internal;

class DerbyScopeTest extends ScopeTests {
    DerbyScopeTest() {
        super("derby");
    }
}
