package io.ordercenter.query.order.infrastructure.redis;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.query.order.application.OrderCache;
import io.ordercenter.query.platform.resilience.DependencyGuard;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link OrderCache} in Redis, through the {@code redis} guard. A lookup is one {@code MGET} of the
 * order key and its missing marker. An order is written by a script that keeps a newer cached
 * version, and that refuses a version below the order's floor ({@link CacheKeys#orderFloor}): a read
 * that loaded the order just before a state change must not cache the old state after order-async
 * evicted it. For the same reason "missing" is never cached for an order that has a floor.
 */
public final class RedisOrderCache implements OrderCache {

    private static final Logger log = LoggerFactory.getLogger(RedisOrderCache.class);

    /** KEYS[1] order key, KEYS[2] its floor; ARGV[1] JSON, ARGV[2] version, ARGV[3] TTL in ms. Returns 1 if written. */
    static final String PUT_UNLESS_NEWER =
            """
            local floor = tonumber(redis.call('GET', KEYS[2]))
            if floor and floor > tonumber(ARGV[2]) then
              return 0
            end
            local cached = redis.call('GET', KEYS[1])
            if cached then
              local ok, order = pcall(cjson.decode, cached)
              if ok and type(order) == 'table' and tonumber(order['version'])
                  and tonumber(order['version']) >= tonumber(ARGV[2]) then
                return 0
              end
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
            return 1
            """;

    private final RedisConnection redis;
    private final DependencyGuard guard;
    private final JsonMapper json;
    private final ObjectReader reader;
    private final OrderCacheProperties properties;

    public RedisOrderCache(
            RedisConnection redis, DependencyGuard guard, JsonMapper json, OrderCacheProperties properties) {
        this.redis = redis;
        this.guard = guard;
        this.json = json;
        this.reader = json.readerFor(OrderSnapshot.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.properties = properties;
    }

    @Override
    public Lookup lookup(long orderId) {
        String id = Long.toString(orderId);
        List<KeyValue<String, String>> values =
                guard.callNonBlocking(() -> redis.commands().mget(CacheKeys.order(id), CacheKeys.missingOrder(id)));
        if (values.get(0).hasValue()) {
            try {
                return Lookup.hit(reader.readValue(values.get(0).getValue()));
            } catch (JacksonException e) {
                log.warn("cached order {} is unreadable; reading it from the database", id);
                return Lookup.MISS;
            }
        }
        return values.get(1).hasValue() ? Lookup.MISSING : Lookup.MISS;
    }

    @Override
    public void put(OrderSnapshot order) {
        String value = json.writeValueAsString(order);
        guard.callNonBlocking(() -> redis.commands()
                .<Long>eval(
                        PUT_UNLESS_NEWER,
                        ScriptOutputType.INTEGER,
                        new String[] {CacheKeys.order(order.orderId()), CacheKeys.orderFloor(order.orderId())},
                        value,
                        Long.toString(order.version()),
                        Long.toString(jitteredTtlMillis())));
    }

    /** KEYS[1] missing marker, KEYS[2] the order's floor; ARGV[1] TTL in ms. Returns 1 if written. */
    static final String PUT_MISSING_UNLESS_KNOWN =
            """
            if redis.call('EXISTS', KEYS[2]) == 1 then
              return 0
            end
            redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
            return 1
            """;

    @Override
    public void putMissing(long orderId) {
        String id = Long.toString(orderId);
        guard.callNonBlocking(() -> redis.commands()
                .<Long>eval(
                        PUT_MISSING_UNLESS_KNOWN,
                        ScriptOutputType.INTEGER,
                        new String[] {CacheKeys.missingOrder(id), CacheKeys.orderFloor(id)},
                        Long.toString(properties.missingTtl().toMillis())));
    }

    private long jitteredTtlMillis() {
        long ttl = properties.orderTtl().toMillis();
        double factor =
                1 + properties.ttlJitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Math.max(1, Math.round(ttl * factor));
    }
}
