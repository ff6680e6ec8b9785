package io.ordercenter.async.reconciliation.infrastructure.redis;

import io.ordercenter.async.reconciliation.application.ReconciliationReports;
import io.ordercenter.async.reconciliation.domain.ReconciliationReport;
import io.ordercenter.platform.redis.RedisConnection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last report as JSON under {@value #KEY}, so every instance shows the same one; this instance's
 * own last report is the fallback while Redis is unavailable.
 */
public final class RedisReconciliationReports implements ReconciliationReports {

    static final String KEY = "oc:reconciliation:last";

    private static final Logger log = LoggerFactory.getLogger(RedisReconciliationReports.class);

    private final RedisConnection redis;
    private final JsonMapper json;
    private volatile ReconciliationReport local;

    public RedisReconciliationReports(RedisConnection redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public void save(ReconciliationReport report) {
        local = report;
        try {
            redis.sync().set(KEY, json.writeValueAsString(report));
        } catch (RuntimeException e) {
            log.warn("reconciliation report kept in this instance only: {}", e.toString());
        }
    }

    @Override
    public Optional<ReconciliationReport> last() {
        try {
            String stored = redis.sync().get(KEY);
            if (stored != null) {
                return Optional.of(json.readValue(stored, ReconciliationReport.class));
            }
        } catch (RuntimeException e) {
            log.warn("reconciliation report read from this instance: {}", e.toString());
        }
        return Optional.ofNullable(local);
    }
}
