package io.ordercenter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.bench.client.RawRedis;
import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The benchmark's raw RESP client against the real Redis of the shared test stack. */
class RawRedisIT {

    @Test
    void it_reads_back_what_was_written_and_null_for_a_missing_key() throws Exception {
        StackEndpoints stack = TestStack.endpoints();
        String key = "bench:it:" + UUID.randomUUID();
        String value = "{\"orderId\":\"42\",\"note\":\"ünïcode and\\r\\nline breaks\"}";
        try (RawRedis redis = new RawRedis(stack.redisHost(), stack.redisPort())) {
            redis.set(key, value);

            assertThat(new String(redis.get(key), StandardCharsets.UTF_8)).isEqualTo(value);
            assertThat(redis.get(key + ":missing")).isNull();
            for (int i = 0; i < 100; i++) { // one connection, many round trips
                assertThat(redis.get(key)).isNotNull();
            }
        }
    }
}
