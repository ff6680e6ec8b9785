package io.ordercenter.trade.outbox.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox relay's settings ({@code ordercenter.outbox.*}).
 *
 * @param kafkaBootstrap Kafka bootstrap servers
 * @param batchSize rows read and sent per round, per database
 * @param busyPoll pause between rounds while rows keep coming
 * @param idlePoll pause when a database's outbox was empty
 * @param failureBackoff pause after Kafka refused or timed out
 */
@ConfigurationProperties("ordercenter.outbox")
public record OutboxProperties(
        String kafkaBootstrap, int batchSize, Duration busyPoll, Duration idlePoll, Duration failureBackoff) {

    public OutboxProperties {
        batchSize = batchSize <= 0 ? 500 : batchSize;
        busyPoll = busyPoll == null ? Duration.ofMillis(5) : busyPoll;
        idlePoll = idlePoll == null ? Duration.ofMillis(50) : idlePoll;
        failureBackoff = failureBackoff == null ? Duration.ofSeconds(1) : failureBackoff;
    }
}
