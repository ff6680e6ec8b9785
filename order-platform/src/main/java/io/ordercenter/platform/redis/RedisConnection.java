package io.ordercenter.platform.redis;

import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shared, thread-safe Lettuce connection to a standalone Redis or a Redis Cluster, opened
 * without blocking anybody: the service starts and serves while Redis is down, and picks Redis up
 * once it answers. After the first successful connect Lettuce itself reconnects (and, on a cluster,
 * follows failovers); while it is disconnected, commands are rejected at once instead of being
 * queued, so callers fall back without waiting.
 *
 * <p>Callers see the commands both kinds share ({@link RedisClusterAsyncCommands}): on a cluster,
 * every key of one multi-key command or script must hash to one slot (see {@code CacheKeys}).
 */
public final class RedisConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisConnection.class);

    private final Supplier<CompletableFuture<? extends StatefulConnection<String, String>>> connector;
    private final long retryNanos;
    private volatile StatefulConnection<String, String> connection;
    private CompletableFuture<? extends StatefulConnection<String, String>> attempt; // guarded by this
    private long attemptStarted; // guarded by this

    RedisConnection(
            Supplier<CompletableFuture<? extends StatefulConnection<String, String>>> connector, Duration retryEvery) {
        this.connector = connector;
        this.retryNanos = retryEvery.toNanos();
    }

    /** Starts connecting and waits for it at most {@code wait}; failing to connect is not an error here. */
    void open(Duration wait) {
        synchronized (this) {
            startAttempt();
        }
        try {
            attemptFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            commands();
        } catch (ExecutionException | TimeoutException | RedisConnectionException e) {
            log.warn("Redis is not reachable at start-up; it is used once it answers");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The asynchronous commands of the connection.
     *
     * @throws RedisConnectionException while no connection has been established yet
     */
    public RedisClusterAsyncCommands<String, String> commands() {
        return async(established());
    }

    /**
     * The blocking commands of the same connection, for callers that run on a dependency's own
     * threads anyway.
     *
     * @throws RedisConnectionException while no connection has been established yet
     */
    public RedisClusterCommands<String, String> sync() {
        StatefulConnection<String, String> current = established();
        if (current instanceof StatefulRedisClusterConnection<String, String> cluster) {
            return cluster.sync();
        }
        return ((StatefulRedisConnection<String, String>) current).sync();
    }

    private static RedisClusterAsyncCommands<String, String> async(StatefulConnection<String, String> current) {
        if (current instanceof StatefulRedisClusterConnection<String, String> cluster) {
            return cluster.async();
        }
        return ((StatefulRedisConnection<String, String>) current).async();
    }

    private StatefulConnection<String, String> established() {
        StatefulConnection<String, String> current = connection;
        return current != null ? current : connectIfDue();
    }

    private synchronized StatefulConnection<String, String> connectIfDue() {
        if (connection != null) {
            return connection;
        }
        if (attempt.isDone()) {
            if (!attempt.isCompletedExceptionally()) {
                connection = attempt.join();
                log.info("connected to Redis");
                return connection;
            }
            if (System.nanoTime() - attemptStarted >= retryNanos) {
                log.debug(
                        "connecting to Redis failed, trying again: {}",
                        attempt.handle((c, e) -> e).join());
                startAttempt();
            }
        }
        throw new RedisConnectionException("Redis is not connected");
    }

    private synchronized CompletableFuture<? extends StatefulConnection<String, String>> attemptFuture() {
        return attempt;
    }

    private void startAttempt() {
        attemptStarted = System.nanoTime();
        attempt = connector.get();
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        } else if (attempt != null) {
            attempt.thenAccept(StatefulConnection::close);
        }
    }
}
