package io.ordercenter.query.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list as the API returns it: {@code {items, nextCursor}}, the cursor null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), nextCursor);
    }
}
