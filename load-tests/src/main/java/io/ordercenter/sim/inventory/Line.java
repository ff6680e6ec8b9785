package io.ordercenter.sim.inventory;

/** A quantity of one sku in a reservation. */
public record Line(long skuId, long quantity) {

    public Line {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
