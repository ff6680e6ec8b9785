package io.ordercenter.sim.inventory;

import java.time.Instant;
import java.util.List;

/**
 * A stock reservation. {@code stockHeld} says whether its quantities are currently taken from stock
 * (RESERVED, CONFIRMED); {@code outOfStockSkuId} names the sku that refused a REJECTED try.
 */
public record Reservation(
        String reservationId,
        Status status,
        List<Line> lines,
        Long outOfStockSkuId,
        Instant createdAt,
        Instant updatedAt) {

    /** Where a reservation stands. */
    public enum Status {
        /** Stock taken, awaiting confirm or release. */
        RESERVED,
        /** Stock taken for good (until a release cancels the order). */
        CONFIRMED,
        /** Stock given back, or never taken (a release that arrived before, or instead of, its try). */
        RELEASED,
        /** The try was refused: a sku was out of stock; nothing was taken. */
        REJECTED
    }

    public Reservation {
        lines = List.copyOf(lines);
    }

    public boolean stockHeld() {
        return status == Status.RESERVED || status == Status.CONFIRMED;
    }

    Reservation withStatus(Status status, Instant now) {
        return new Reservation(reservationId, status, lines, outOfStockSkuId, createdAt, now);
    }
}
