package io.ordercenter.query.platform.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shared, thread-safe Lettuce connection, opened without blocking anybody: the service starts
 * and serves (from the database) while Redis is down, and picks Redis up once it answers. After the
 * first successful connect, Lettuce itself reconnects; while it is disconnected, commands are
 * rejected at once instead of being queued, so callers fall back without waiting.
 */
public final class RedisConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisConnection.class);

    private final RedisClient client;
    private final RedisURI uri;
    private final long retryNanos;
    private volatile StatefulRedisConnection<String, String> connection;
    private CompletableFuture<StatefulRedisConnection<String, String>> attempt; // guarded by this
    private long attemptStarted; // guarded by this

    RedisConnection(RedisClient client, RedisURI uri, Duration retryEvery) {
        this.client = client;
        this.uri = uri;
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
            log.warn("Redis is not reachable at start-up; reads use the database until it is");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The asynchronous commands of the connection.
     *
     * @throws RedisConnectionException while no connection has been established yet
     */
    public RedisAsyncCommands<String, String> commands() {
        StatefulRedisConnection<String, String> current = connection;
        return current != null ? current.async() : connectIfDue();
    }

    private synchronized RedisAsyncCommands<String, String> connectIfDue() {
        if (connection != null) {
            return connection.async();
        }
        if (attempt.isDone()) {
            if (!attempt.isCompletedExceptionally()) {
                connection = attempt.join();
                log.info("connected to Redis");
                return connection.async();
            }
            if (System.nanoTime() - attemptStarted >= retryNanos) {
                startAttempt();
            }
        }
        throw new RedisConnectionException("Redis is not connected");
    }

    private synchronized CompletableFuture<StatefulRedisConnection<String, String>> attemptFuture() {
        return attempt;
    }

    private void startAttempt() {
        attemptStarted = System.nanoTime();
        attempt = client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture();
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        } else if (attempt != null) {
            attempt.thenAccept(StatefulRedisConnection::close);
        }
    }
}
