package io.ordercenter.sim.inventory;

import io.ordercenter.sim.fault.Dependency;
import io.ordercenter.sim.http.Call;
import io.ordercenter.sim.http.Json;
import io.ordercenter.sim.http.JsonBody;
import io.ordercenter.sim.http.Method;
import io.ordercenter.sim.http.Reply;
import io.ordercenter.sim.http.Routes;
import java.util.List;
import java.util.Map;

/** The inventory service's endpoints, and {@code /sim/skus/{skuId}/stock}. */
public final class InventoryEndpoints {

    private final Inventory inventory;

    public InventoryEndpoints(Inventory inventory) {
        this.inventory = inventory;
    }

    public void register(Routes routes) {
        routes.service(Dependency.INVENTORY, Method.POST, "/inventory/reservations", this::reserve)
                .service(
                        Dependency.INVENTORY,
                        Method.POST,
                        "/inventory/reservations/{reservationId}/confirm",
                        this::confirm)
                .service(
                        Dependency.INVENTORY,
                        Method.POST,
                        "/inventory/reservations/{reservationId}/release",
                        this::release)
                .control(Method.PUT, "/sim/skus/{skuId}/stock", this::setStock)
                .control(Method.GET, "/sim/skus/{skuId}/stock", this::stock);
    }

    private Reply reserve(Call call) {
        JsonBody body = call.json();
        String reservationId = body.id("reservationId");
        List<Line> lines = body.objects("items").stream()
                .map(item -> new Line(item.numericId("skuId"), item.integer("quantity", 1)))
                .toList();
        Inventory.TryOutcome outcome = inventory.reserve(reservationId, lines);
        if (outcome instanceof Inventory.Reserved) {
            return Reply.ok(status(reservationId, "RESERVED"));
        }
        if (outcome instanceof Inventory.OutOfStock outOfStock) {
            return Reply.error(
                    409, "OUT_OF_STOCK", "reservationId", reservationId, "skuId", Long.toString(outOfStock.skuId()));
        }
        return Reply.error(409, "RESERVATION_RELEASED", "reservationId", reservationId);
    }

    private Reply confirm(Call call) {
        String reservationId = call.path("reservationId");
        Inventory.ConfirmOutcome outcome = inventory.confirm(reservationId);
        if (outcome instanceof Inventory.Confirmed) {
            return Reply.ok(status(reservationId, "CONFIRMED"));
        }
        if (outcome instanceof Inventory.NotConfirmable notConfirmable) {
            return Reply.error(
                    409,
                    "RESERVATION_NOT_CONFIRMABLE",
                    "reservationId",
                    reservationId,
                    "status",
                    notConfirmable.reservation().status().name());
        }
        return Reply.error(404, "RESERVATION_NOT_FOUND", "reservationId", reservationId);
    }

    private Reply release(Call call) {
        String reservationId = call.path("reservationId");
        inventory.release(reservationId);
        return Reply.ok(status(reservationId, "RELEASED"));
    }

    private Reply setStock(Call call) {
        long stock = call.json().integer("stock", 0);
        return call.pathNumber("skuId")
                .filter(skuId -> inventory.setStock(skuId, stock))
                .map(skuId -> Reply.ok(new StockView(Long.toString(skuId), stock)))
                .orElseGet(() -> Reply.error(404, "SKU_NOT_FOUND", "skuId", call.path("skuId")));
    }

    private Reply stock(Call call) {
        return call.pathNumber("skuId")
                .flatMap(skuId -> inventory.stock(skuId).map(stock -> new StockView(Long.toString(skuId), stock)))
                .map(Reply::ok)
                .orElseGet(() -> Reply.error(404, "SKU_NOT_FOUND", "skuId", call.path("skuId")));
    }

    private static Map<String, Object> status(String reservationId, String status) {
        return Json.object("reservationId", reservationId, "status", status);
    }

    /** Available stock of one sku. */
    public record StockView(String skuId, long stock) {}

    /** The inspection view of a reservation ({@code GET /sim/reservations/{id}}). */
    public record ReservationView(
            String reservationId, String status, List<LineView> items, String outOfStockSkuId, String updatedAt) {

        public static ReservationView of(Reservation reservation) {
            return new ReservationView(
                    reservation.reservationId(),
                    reservation.status().name(),
                    reservation.lines().stream()
                            .map(line -> new LineView(Long.toString(line.skuId()), line.quantity()))
                            .toList(),
                    reservation.outOfStockSkuId() == null ? null : Long.toString(reservation.outOfStockSkuId()),
                    reservation.updatedAt().toString());
        }
    }

    /** One line of a reservation. */
    public record LineView(String skuId, long quantity) {}
}
