package io.ordercenter.async.reconciliation.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordercenter.reconciliation.*}. Every field may be left out.
 *
 * @param scheduled whether the job runs by itself (default true)
 * @param initialDelay first scheduled run after start-up (default 1 min)
 * @param interval between scheduled runs (default 10 min)
 * @param window orders created in the last {@code window} are checked (default 15 min)
 * @param settle the newest orders left out, to give projections time (default 30 s)
 * @param autoRepair whether scheduled runs repair what they find (default false: report only)
 * @param pageSize orders compared at once (default 200)
 * @param recheckAfter pause before a copy that was only behind is compared again (default 2 s)
 * @param maxWindow the longest window an on-demand run may ask for (default 24 h)
 */
@ConfigurationProperties("ordercenter.reconciliation")
public record ReconciliationProperties(
        Boolean scheduled,
        Duration initialDelay,
        Duration interval,
        Duration window,
        Duration settle,
        Boolean autoRepair,
        Integer pageSize,
        Duration recheckAfter,
        Duration maxWindow) {

    public ReconciliationProperties {
        scheduled = scheduled == null || scheduled;
        initialDelay = initialDelay == null ? Duration.ofMinutes(1) : initialDelay;
        interval = interval == null ? Duration.ofMinutes(10) : interval;
        window = window == null ? Duration.ofMinutes(15) : window;
        settle = settle == null ? Duration.ofSeconds(30) : settle;
        autoRepair = autoRepair != null && autoRepair;
        pageSize = pageSize == null ? 200 : Math.max(1, Math.min(1000, pageSize));
        recheckAfter = recheckAfter == null ? Duration.ofSeconds(2) : recheckAfter;
        maxWindow = maxWindow == null ? Duration.ofHours(24) : maxWindow;
    }
}
