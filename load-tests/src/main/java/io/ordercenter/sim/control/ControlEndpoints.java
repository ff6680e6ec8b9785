package io.ordercenter.sim.control;

import io.ordercenter.sim.coupon.CouponEndpoints;
import io.ordercenter.sim.coupon.Coupons;
import io.ordercenter.sim.fault.CallCounts;
import io.ordercenter.sim.fault.Dependency;
import io.ordercenter.sim.fault.Fault;
import io.ordercenter.sim.fault.Faults;
import io.ordercenter.sim.http.BadRequest;
import io.ordercenter.sim.http.Call;
import io.ordercenter.sim.http.Json;
import io.ordercenter.sim.http.JsonBody;
import io.ordercenter.sim.http.Method;
import io.ordercenter.sim.http.Reply;
import io.ordercenter.sim.http.Routes;
import io.ordercenter.sim.inventory.Inventory;
import io.ordercenter.sim.inventory.InventoryEndpoints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /sim/faults}, {@code /sim/calls}, {@code /sim/reset} and {@code /sim/reservations/{id}}.
 */
public final class ControlEndpoints {

    private final Faults faults;
    private final CallCounts calls;
    private final Inventory inventory;
    private final Coupons coupons;
    private final Runnable reset;

    public ControlEndpoints(Faults faults, CallCounts calls, Inventory inventory, Coupons coupons, Runnable reset) {
        this.faults = faults;
        this.calls = calls;
        this.inventory = inventory;
        this.coupons = coupons;
        this.reset = reset;
    }

    public void register(Routes routes) {
        routes.control(Method.POST, "/sim/faults", this::inject)
                .control(Method.GET, "/sim/faults", call -> Reply.ok(Json.object("faults", views(faults.all()))))
                .control(Method.DELETE, "/sim/faults", call -> {
                    faults.clearAll();
                    return Reply.noContent();
                })
                .control(Method.DELETE, "/sim/faults/{dependency}", this::clear)
                .control(Method.GET, "/sim/calls", call -> Reply.ok(calls.snapshot()))
                .control(Method.POST, "/sim/reset", call -> {
                    reset.run();
                    return Reply.noContent();
                })
                .control(Method.GET, "/sim/reservations/{reservationId}", this::reservation);
    }

    private Reply inject(Call call) {
        JsonBody body = call.json();
        String key = body.text("dependency");
        Dependency dependency = Dependency.fromKey(key)
                .orElseThrow(() -> new BadRequest(
                        "dependency must be one of shop, menu, user, inventory, coupon, payment, push; was " + key));
        long latency = body.optionalInteger("latencyMs", 0).orElse(0);
        double errorRate = body.optionalNumber("errorRate").orElse(0);
        if (errorRate < 0 || errorRate > 1) {
            throw new BadRequest("errorRate must be within 0..1");
        }
        Fault fault = faults.set(new Fault(dependency, (int) Math.min(latency, Faults.MAX_LATENCY_MILLIS), errorRate));
        return Reply.ok(view(fault));
    }

    private Reply clear(Call call) {
        String key = call.path("dependency");
        return Dependency.fromKey(key)
                .map(dependency -> {
                    faults.clear(dependency);
                    return Reply.noContent();
                })
                .orElseGet(() -> Reply.error(404, "UNKNOWN_DEPENDENCY", "dependency", key));
    }

    /** {@code {reservationId, inventory?, coupon?}}: an order usually uses one id for both. */
    private Reply reservation(Call call) {
        String reservationId = call.path("reservationId");
        var stock = inventory.find(reservationId).map(InventoryEndpoints.ReservationView::of);
        var coupon = coupons.find(reservationId).map(CouponEndpoints.ReservationView::of);
        if (stock.isEmpty() && coupon.isEmpty()) {
            return Reply.error(404, "RESERVATION_NOT_FOUND", "reservationId", reservationId);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reservationId", reservationId);
        body.put("inventory", stock.orElse(null));
        body.put("coupon", coupon.orElse(null));
        return Reply.ok(body);
    }

    private static List<FaultView> views(List<Fault> faults) {
        return faults.stream().map(ControlEndpoints::view).toList();
    }

    private static FaultView view(Fault fault) {
        return new FaultView(fault.dependency().key(), fault.latencyMillis(), fault.errorRate());
    }

    /** The wire form of a fault. */
    public record FaultView(String dependency, int latencyMs, double errorRate) {}
}
