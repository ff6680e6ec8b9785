package io.ordercenter.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.cluster.SlotHash;
import io.ordercenter.contracts.CacheKeys;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Every script and multi-key command runs in one hash slot, so it runs on a Redis Cluster too. */
class CacheKeysSlotsTest {

    @Test
    void an_orders_entry_missing_marker_and_floor_share_one_slot() {
        LongStream.of(1, 42, 771_234_567_890_123_456L).mapToObj(Long::toString).forEach(id -> {
            int slot = SlotHash.getSlot(CacheKeys.order(id));
            assertThat(SlotHash.getSlot(CacheKeys.missingOrder(id))).isEqualTo(slot);
            assertThat(SlotHash.getSlot(CacheKeys.orderFloor(id))).isEqualTo(slot);
        });
    }

    @Test
    void a_users_stats_and_applied_markers_share_one_slot() {
        LongStream.of(7, 1003, 99_999_999L).mapToObj(Long::toString).forEach(user -> {
            int slot = SlotHash.getSlot(CacheKeys.userStats(user));
            assertThat(SlotHash.getSlot(CacheKeys.statsApplied(user, "123", 4))).isEqualTo(slot);
            assertThat(SlotHash.getSlot(CacheKeys.statsApplied(user, "987654321", 12)))
                    .isEqualTo(slot);
        });
    }

    @Test
    void different_orders_spread_over_the_slots() {
        long slots = LongStream.range(0, 200)
                .mapToObj(id -> SlotHash.getSlot(CacheKeys.order(Long.toString(id))))
                .distinct()
                .count();
        assertThat(slots).isGreaterThan(150);
    }
}
