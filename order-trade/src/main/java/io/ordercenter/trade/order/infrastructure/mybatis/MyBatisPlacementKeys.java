package io.ordercenter.trade.order.infrastructure.mybatis;

import io.ordercenter.sharding.mybatis.IdempotencyMapper;
import io.ordercenter.sharding.mybatis.IdempotencyRow;
import io.ordercenter.trade.order.application.PlacementKey;
import io.ordercenter.trade.order.application.PlacementKeys;
import io.ordercenter.trade.order.domain.OrderId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Idempotency keys in {@code t_idempotency} (sharded by user id, so in the user's order database). */
public final class MyBatisPlacementKeys implements PlacementKeys {

    static final String PENDING = "PENDING";
    static final String COMPLETED = "COMPLETED";
    static final String FAILED = "FAILED";

    private final IdempotencyMapper mapper;
    private final Clock clock;

    public MyBatisPlacementKeys(IdempotencyMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public boolean claim(PlacementKey key) {
        Instant now = clock.instant();
        return mapper.insertIfAbsent(
                        new IdempotencyRow(key.userId().value(), key.key(), key.requestHash(), null, PENDING, now, now))
                == 1;
    }

    @Override
    public Optional<Record> find(PlacementKey key) {
        IdempotencyRow row = mapper.select(key.userId().value(), key.key());
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(
                switch (row.status()) {
                    case COMPLETED -> new Completed(row.requestHash(), new OrderId(row.orderId()));
                    case FAILED -> new Failed(row.requestHash());
                    default -> new Pending(row.requestHash(), row.updatedAt());
                });
    }

    @Override
    public boolean retake(PlacementKey key, Record seen) {
        String expected = seen instanceof Failed ? FAILED : PENDING;
        return mapper.updateOutcome(key.userId().value(), key.key(), expected, PENDING, null, clock.instant()) == 1;
    }

    @Override
    public void fail(PlacementKey key) {
        mapper.updateOutcome(key.userId().value(), key.key(), PENDING, FAILED, null, clock.instant());
    }
}
