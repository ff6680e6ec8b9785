package io.ordercenter.query.stats.web;

import io.ordercenter.platform.security.Callers;
import io.ordercenter.query.platform.web.Params;
import io.ordercenter.query.stats.application.StatsQueries;
import io.ordercenter.query.stats.application.UserStats;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/users/{userId}/stats}. */
@RestController
public class StatsController {

    private final StatsQueries queries;

    public StatsController(StatsQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/users/{userId}/stats")
    public UserStats stats(@PathVariable String userId) {
        return queries.ofUser(Callers.current(), Params.id("userId", userId));
    }
}
