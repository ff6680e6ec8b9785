package io.ordercenter.sim.inventory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo stock: {@value #DEFAULT_STOCK} of every sku, except the scarce ones used by out-of-stock
 * tests: sku 105 has 3, sku 205 has 1, sku 305 has none.
 */
public final class DemoStock {

    public static final long DEFAULT_STOCK = 10_000;
    public static final Map<Long, Long> SCARCE = Map.of(105L, 3L, 205L, 1L, 305L, 0L);

    private DemoStock() {}

    public static Map<Long, Long> forSkus(Collection<Long> skuIds) {
        Map<Long, Long> stock = new HashMap<>();
        skuIds.forEach(skuId -> stock.put(skuId, SCARCE.getOrDefault(skuId, DEFAULT_STOCK)));
        return stock;
    }
}
