package io.ordercenter.async.stats.infrastructure.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordercenter.stats.*}.
 *
 * @param markerTtl how long the "applied" marker of an (order, version) is kept (default 30 days;
 *     must outlast the topic's retention)
 */
@ConfigurationProperties("ordercenter.stats")
public record StatsProperties(Duration markerTtl) {

    public StatsProperties {
        markerTtl = markerTtl == null ? Duration.ofDays(30) : markerTtl;
    }
}
