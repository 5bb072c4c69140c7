package org.atrium.itests;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Drops the PostgreSQL schemas the run created when the JUnit launcher session ends. */
public class DropTestSchemas implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase.closeAll();
    }
}
