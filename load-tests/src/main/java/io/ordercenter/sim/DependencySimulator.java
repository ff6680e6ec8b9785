package io.ordercenter.sim;

import io.ordercenter.sim.catalog.Catalog;
import io.ordercenter.sim.catalog.CatalogEndpoints;
import io.ordercenter.sim.catalog.DemoCatalog;
import io.ordercenter.sim.catalog.Sku;
import io.ordercenter.sim.control.ControlEndpoints;
import io.ordercenter.sim.coupon.CouponEndpoints;
import io.ordercenter.sim.coupon.Coupons;
import io.ordercenter.sim.coupon.DemoCoupons;
import io.ordercenter.sim.fault.CallCounts;
import io.ordercenter.sim.fault.Faults;
import io.ordercenter.sim.http.Dispatcher;
import io.ordercenter.sim.http.Routes;
import io.ordercenter.sim.http.wiremock.WireMockHttpServer;
import io.ordercenter.sim.inventory.DemoStock;
import io.ordercenter.sim.inventory.Inventory;
import io.ordercenter.sim.inventory.InventoryEndpoints;
import io.ordercenter.sim.payment.PaymentChannel;
import io.ordercenter.sim.payment.PaymentEndpoints;
import io.ordercenter.sim.payment.PaymentSettings;
import io.ordercenter.sim.push.PushEndpoints;
import io.ordercenter.sim.push.PushGateway;
import java.time.Clock;

/**
 * The running simulator. {@code try (var sim = DependencySimulator.start(SimulatorConfig.forTests()))
 * { ... sim.baseUrl() ... }}.
 */
public final class DependencySimulator implements AutoCloseable {

    private final Catalog catalog;
    private final Inventory inventory;
    private final Coupons coupons;
    private final PaymentChannel payments;
    private final PushGateway push;
    private final Faults faults;
    private final CallCounts calls;
    private final WireMockHttpServer server;

    private DependencySimulator(SimulatorConfig config, Clock clock) {
        this.catalog = Catalog.demo();
        this.inventory = new Inventory(
                DemoStock.forSkus(catalog.skus().stream().map(Sku::skuId).toList()), clock);
        this.coupons = new Coupons(DemoCoupons.forUsers(DemoCatalog.FIRST_USER_ID, DemoCatalog.LAST_USER_ID), clock);
        this.payments = new PaymentChannel(
                new PaymentSettings(config.callbackDelay(), config.paymentOutcome(), config.callbacksEnabled()),
                config.callbackSecret(),
                config.callbackAttempts(),
                config.callbackBackoff(),
                clock);
        this.push = new PushGateway();
        this.faults = new Faults();
        this.calls = new CallCounts();

        Routes routes = new Routes();
        new CatalogEndpoints(catalog).register(routes);
        new InventoryEndpoints(inventory).register(routes);
        new CouponEndpoints(coupons).register(routes);
        new PaymentEndpoints(payments).register(routes);
        new PushEndpoints(push, clock).register(routes);
        new ControlEndpoints(faults, calls, inventory, coupons, this::reset).register(routes);
        try {
            this.server = WireMockHttpServer.start(
                    config.port(),
                    config.serverThreads(),
                    Faults.MAX_LATENCY_MILLIS,
                    routes,
                    new Dispatcher(faults, calls));
        } catch (RuntimeException e) {
            payments.close();
            throw e;
        }
    }

    /** Starts the simulator on 127.0.0.1 with the demo data loaded. */
    public static DependencySimulator start(SimulatorConfig config) {
        return new DependencySimulator(config, Clock.systemUTC());
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + WireMockHttpServer.LOOPBACK + ":" + port();
    }

    public int port() {
        return server.port();
    }

    /**
     * Back to the demo data: faults and call counts cleared, reservations, payments, refunds, grants and
     * notifications forgotten, pending callbacks dropped, payment settings as configured at start.
     */
    public void reset() {
        faults.clearAll();
        calls.reset();
        catalog.reset();
        inventory.reset();
        coupons.reset();
        payments.reset();
        push.reset();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            payments.close();
        }
    }
}
