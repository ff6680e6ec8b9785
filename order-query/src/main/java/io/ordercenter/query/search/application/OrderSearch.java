package io.ordercenter.query.search.application;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.Phones;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.query.platform.paging.CursorCodec;
import io.ordercenter.query.platform.paging.Page;
import io.ordercenter.query.platform.paging.Position;

/** Phone-prefix search for support, paged with signed cursors over the index's sort values. */
public final class OrderSearch {

    private final OrderIndex index;
    private final CursorCodec cursors;

    public OrderSearch(OrderIndex index, CursorCodec cursors) {
        this.index = index;
        this.cursors = cursors;
    }

    public Page<OrderSnapshot> search(Caller caller, SearchCriteria criteria, int limit, String cursor) {
        if (!caller.isSupport()) {
            throw new NonTransient(ErrorCode.FORBIDDEN, "Only support staff may search orders.");
        }
        if (!Phones.isSearchablePrefix(criteria.phonePrefix())) {
            throw new NonTransient(ErrorCode.VALIDATION_FAILED, "phonePrefix: must be 3 to 11 digits");
        }
        String query = criteria.fingerprint();
        Position after = cursors.decode(cursor, query);
        return cursors.page(index.search(criteria, after, limit + 1), limit, Position::of, query)
                .map(order -> caller.seesFullPhone(order) ? order : order.withMaskedPhone());
    }
}
