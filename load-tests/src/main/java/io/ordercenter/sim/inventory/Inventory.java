package io.ordercenter.sim.inventory;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Available stock per sku and the reservations against it (TCC: try, confirm, cancel). Every
 * operation is idempotent by reservation id, and a release that arrives before its try leaves a
 * tombstone so the late try cannot take stock any more. One lock guards everything: a try over many
 * skus takes all or nothing.
 */
public final class Inventory {

    private final Map<Long, Long> initialStock;
    private final Clock clock;
    private final Map<Long, Long> stock = new HashMap<>();
    private final Map<String, Reservation> reservations = new HashMap<>();

    public Inventory(Map<Long, Long> initialStock, Clock clock) {
        this.initialStock = Map.copyOf(initialStock);
        this.clock = clock;
        reset();
    }

    /** What a try answered. */
    public sealed interface TryOutcome permits Reserved, OutOfStock, AlreadyReleased {}

    /** The stock is held (now, or by the earlier try with this id). */
    public record Reserved(Reservation reservation) implements TryOutcome {}

    /** Refused (now, or by the earlier try with this id): {@code skuId} has too little stock. */
    public record OutOfStock(Reservation reservation, long skuId) implements TryOutcome {}

    /** This id was released already (possibly before its try arrived); nothing is taken. */
    public record AlreadyReleased(Reservation reservation) implements TryOutcome {}

    /** What a confirm answered. */
    public sealed interface ConfirmOutcome permits Confirmed, NotConfirmable, UnknownReservation {}

    public record Confirmed(Reservation reservation) implements ConfirmOutcome {}

    /** The reservation was released or rejected; it cannot be confirmed. */
    public record NotConfirmable(Reservation reservation) implements ConfirmOutcome {}

    public record UnknownReservation(String reservationId) implements ConfirmOutcome {}

    public synchronized TryOutcome reserve(String reservationId, List<Line> lines) {
        Reservation existing = reservations.get(reservationId);
        if (existing != null) {
            return replay(existing);
        }
        Map<Long, Long> wanted = new LinkedHashMap<>();
        lines.forEach(line -> wanted.merge(line.skuId(), line.quantity(), Long::sum));
        var now = clock.instant();
        for (Map.Entry<Long, Long> entry : wanted.entrySet()) {
            long available = stock.getOrDefault(entry.getKey(), 0L);
            if (available < entry.getValue()) {
                Reservation rejected =
                        new Reservation(reservationId, Reservation.Status.REJECTED, lines, entry.getKey(), now, now);
                reservations.put(reservationId, rejected);
                return new OutOfStock(rejected, entry.getKey());
            }
        }
        wanted.forEach((skuId, quantity) -> stock.merge(skuId, -quantity, Long::sum));
        Reservation reserved = new Reservation(reservationId, Reservation.Status.RESERVED, lines, null, now, now);
        reservations.put(reservationId, reserved);
        return new Reserved(reserved);
    }

    public synchronized ConfirmOutcome confirm(String reservationId) {
        Reservation reservation = reservations.get(reservationId);
        if (reservation == null) {
            return new UnknownReservation(reservationId);
        }
        if (!reservation.stockHeld()) {
            return new NotConfirmable(reservation);
        }
        Reservation confirmed = reservation.status() == Reservation.Status.CONFIRMED
                ? reservation
                : reservation.withStatus(Reservation.Status.CONFIRMED, clock.instant());
        reservations.put(reservationId, confirmed);
        return new Confirmed(confirmed);
    }

    /**
     * Gives the stock back once (from RESERVED or CONFIRMED). Releasing an unknown id succeeds and
     * leaves a tombstone, so a try that arrives later takes nothing.
     */
    public synchronized Reservation release(String reservationId) {
        var now = clock.instant();
        Reservation reservation = reservations.get(reservationId);
        if (reservation == null) {
            Reservation tombstone =
                    new Reservation(reservationId, Reservation.Status.RELEASED, List.of(), null, now, now);
            reservations.put(reservationId, tombstone);
            return tombstone;
        }
        if (reservation.status() == Reservation.Status.RELEASED) {
            return reservation;
        }
        if (reservation.stockHeld()) {
            reservation.lines().forEach(line -> stock.merge(line.skuId(), line.quantity(), Long::sum));
        }
        Reservation released = reservation.withStatus(Reservation.Status.RELEASED, now);
        reservations.put(reservationId, released);
        return released;
    }

    public synchronized Optional<Reservation> find(String reservationId) {
        return Optional.ofNullable(reservations.get(reservationId));
    }

    /** The stock still available for new tries; empty for a sku the inventory does not carry. */
    public synchronized Optional<Long> stock(long skuId) {
        return Optional.ofNullable(stock.get(skuId));
    }

    /** Sets the available stock of a sku the inventory carries; false when it carries no such sku. */
    public synchronized boolean setStock(long skuId, long available) {
        if (!stock.containsKey(skuId)) {
            return false;
        }
        stock.put(skuId, available);
        return true;
    }

    public synchronized void reset() {
        stock.clear();
        stock.putAll(initialStock);
        reservations.clear();
    }

    private static TryOutcome replay(Reservation existing) {
        return switch (existing.status()) {
            case RESERVED, CONFIRMED -> new Reserved(existing);
            case REJECTED -> new OutOfStock(existing, existing.outOfStockSkuId());
            case RELEASED -> new AlreadyReleased(existing);
        };
    }
}
