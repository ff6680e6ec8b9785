package io.ordercenter.query.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.failure.NonTransient;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void limit_defaults_to_20_and_accepts_1_to_100() {
        assertThat(Params.limit(null)).isEqualTo(20);
        assertThat(Params.limit("1")).isEqualTo(1);
        assertThat(Params.limit("100")).isEqualTo(100);
        for (String bad : new String[] {"0", "101", "-1", "abc", "1e2", "9999999999"}) {
            assertThatThrownBy(() -> Params.limit(bad))
                    .isInstanceOf(NonTransient.class)
                    .hasMessageStartingWith("limit:");
        }
    }

    @Test
    void ids_are_positive_decimal_integers() {
        assertThat(Params.id("userId", "1001")).isEqualTo(1001L);
        for (String bad : new String[] {"0", "-5", "12a", "", "99999999999999999999", "9223372036854775808"}) {
            assertThatThrownBy(() -> Params.id("userId", bad)).hasMessageStartingWith("userId:");
        }
        assertThat(Params.optionalId("shopId", null)).isNull();
    }

    @Test
    void statuses_are_the_api_names() {
        assertThat(Params.status("PAID")).isEqualTo(OrderStatus.PAID);
        assertThat(Params.status(null)).isNull();
        assertThatThrownBy(() -> Params.status("paid")).hasMessageStartingWith("status:");
    }

    @Test
    void times_are_iso_8601_with_a_zone_and_a_window_is_not_empty() {
        assertThat(Params.time("from", "2026-06-01T11:00:00Z")).isEqualTo(Instant.parse("2026-06-01T11:00:00Z"));
        assertThat(Params.time("from", "2026-06-01T19:00:00+08:00")).isEqualTo(Instant.parse("2026-06-01T11:00:00Z"));
        assertThatThrownBy(() -> Params.time("from", "2026-06-01")).hasMessageStartingWith("from:");
        assertThatThrownBy(() -> Params.time("to", "yesterday")).hasMessageStartingWith("to:");
        Instant t = Instant.parse("2026-06-01T11:00:00Z");
        assertThatThrownBy(() -> Params.window(t, t)).hasMessageStartingWith("to:");
        Params.window(t, t.plusMillis(1));
        Params.window(null, t);
    }
}
