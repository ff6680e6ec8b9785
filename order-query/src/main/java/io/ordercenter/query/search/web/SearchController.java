package io.ordercenter.query.search.web;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.platform.security.Callers;
import io.ordercenter.query.platform.paging.Page;
import io.ordercenter.query.platform.web.Params;
import io.ordercenter.query.search.application.OrderSearch;
import io.ordercenter.query.search.application.SearchCriteria;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search/orders}: support's phone-prefix search. */
@RestController
public class SearchController {

    private final OrderSearch search;

    public SearchController(OrderSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search/orders")
    public Page<OrderSnapshot> search(
            @RequestParam(required = false) String phonePrefix,
            @RequestParam(required = false) String shopId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        Instant start = Params.time("from", from);
        Instant end = Params.time("to", to);
        Params.window(start, end);
        SearchCriteria criteria =
                new SearchCriteria(phonePrefix, Params.optionalId("shopId", shopId), Params.status(status), start, end);
        return search.search(Callers.current(), criteria, Params.limit(limit), cursor);
    }
}
