package org.atrium.crm.impl.internal.pool;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the public-pool sweep shortly after start and then periodically (daily by default) on its own
 * thread, stopped on deactivation. A configuration change restarts the schedule.
 */
@Component(service = {}, immediate = true, configurationPid = PoolConfig.PID)
public final class PoolSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(PoolSweeper.class);

    private final CustomerPoolServiceImpl pool;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "atrium-crm-pool-sweep");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public PoolSweeper(@Reference CustomerPoolServiceImpl pool, PoolConfig config) {
        this.pool = pool;
        long periodSeconds = Math.max(1, config.sweepPeriodHours()) * 3600L;
        scheduler.scheduleAtFixedRate(this::sweep, Math.max(0, config.sweepDelaySeconds()), periodSeconds,
                TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    void sweep() {
        try {
            long started = System.nanoTime();
            int returned = pool.sweep(Instant.now());
            LOG.info("Public pool sweep: {} customers returned to their company's pool in {} ms", returned,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // the next run tries again; an exception must not cancel the schedule
            LOG.error("Public pool sweep failed", e);
        }
    }
}
