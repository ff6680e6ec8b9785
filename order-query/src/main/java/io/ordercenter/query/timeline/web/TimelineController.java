package io.ordercenter.query.timeline.web;

import io.ordercenter.platform.security.Callers;
import io.ordercenter.query.platform.web.Params;
import io.ordercenter.query.timeline.application.Timeline;
import io.ordercenter.query.timeline.application.TimelineQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/orders/{orderId}/timeline}: {@code {orderId, entries:[{at, service, kind, detail, traceId, version}]}}. */
@RestController
public class TimelineController {

    private final TimelineQueries queries;

    public TimelineController(TimelineQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orders/{orderId}/timeline")
    public Timeline timeline(@PathVariable String orderId) {
        return queries.of(Callers.current(), Params.id("orderId", orderId));
    }
}
