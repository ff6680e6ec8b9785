package io.ordercenter.query.stats.application;

import static io.ordercenter.query.support.Callers.merchant;
import static io.ordercenter.query.support.Callers.rider;
import static io.ordercenter.query.support.Callers.support;
import static io.ordercenter.query.support.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsQueriesTest {

    private final UserStats figures = new UserStats(5, 3, 1, 500, 12_300);
    private final StatsQueries queries = new StatsQueries(userId -> userId == 1001 ? figures : UserStats.NONE);

    @Test
    void a_user_and_support_read_the_users_stats() {
        assertThat(queries.ofUser(user("1001"), 1001)).isEqualTo(figures);
        assertThat(queries.ofUser(support(), 1001)).isEqualTo(figures);
        assertThat(queries.ofUser(support(), 1002)).isEqualTo(UserStats.NONE);
    }

    @Test
    void nobody_else_does() {
        for (var caller : List.of(user("1002"), merchant("9003", "3"), rider("1001"))) {
            assertThatThrownBy(() -> queries.ofUser(caller, 1001))
                    .isInstanceOf(NonTransient.class)
                    .satisfies(e -> assertThat(((NonTransient) e).code()).isEqualTo(ErrorCode.FORBIDDEN));
        }
    }
}
