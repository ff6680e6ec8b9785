package io.ordercenter.trade.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A hanging dependency costs place-order at most its own time limit, never the whole request. */
class DependencyIsolationIT extends TradeItSupport {

    private static final Duration BUDGET = Duration.ofMillis(2500);

    private static void hang(String dependency) throws Exception {
        Response fault = sim(
                "POST", "/sim/faults", "{\"dependency\":\"" + dependency + "\",\"latencyMs\":20000,\"errorRate\":0}");
        assertThat(fault.status()).isBetween(200, 299);
    }

    @Test
    void a_hanging_coupon_service_gives_a_fast_503_and_orders_without_coupons_go_through() throws Exception {
        hang("coupon");
        long user = nextUser();
        Response withCoupon = place(user, orderBody(14, "C5OFF", 1401, 3));
        assertThat(withCoupon.status()).as(withCoupon.body()).isEqualTo(503);
        assertThat(withCoupon.code()).isEqualTo("DEPENDENCY_UNAVAILABLE");
        assertThat(withCoupon.took()).isLessThan(BUDGET);

        Response without = place(user, orderBody(14, null, 1401, 1));
        assertThat(without.status()).isEqualTo(201);
        assertThat(without.took()).isLessThan(BUDGET);
    }

    @Test
    void a_failing_dependency_gives_a_fast_503_with_retry_after() throws Exception {
        for (String dependency : new String[] {"coupon", "inventory", "shop", "menu"}) {
            Response fault = sim(
                    "POST", "/sim/faults", "{\"dependency\":\"" + dependency + "\",\"latencyMs\":0,\"errorRate\":1.0}");
            assertThat(fault.status()).isBetween(200, 299);
            Response placed = place(nextUser(), orderBody(17, "C5OFF", 1701, 1));
            assertThat(placed.status()).as(dependency + ": " + placed.body()).isEqualTo(503);
            assertThat(placed.code()).isEqualTo("DEPENDENCY_UNAVAILABLE");
            assertThat(placed.took()).as(dependency).isLessThan(BUDGET);
            sim("DELETE", "/sim/faults", null);
        }
    }

    @Test
    void a_hanging_inventory_or_shop_service_gives_a_fast_503() throws Exception {
        for (String dependency : new String[] {"inventory", "shop"}) {
            hang(dependency);
            Response placed = place(nextUser(), orderBody(15, null, 1501, 1));
            assertThat(placed.status()).as(dependency + ": " + placed.body()).isEqualTo(503);
            assertThat(placed.took()).as(dependency).isLessThan(BUDGET);
            sim("DELETE", "/sim/faults", null);
        }
    }

    @Test
    void a_hanging_user_service_costs_only_the_member_waiver() throws Exception {
        hang("user");
        long member = 1002 + (3 - 1002 % 3) % 3; // a member: userId % 3 == 0
        Response placed = place(member, orderBody(16, null, 1601, 1));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.took()).isLessThan(BUDGET);
        assertThat(placed.json().path("deliveryFeeWaivedCents").asLong()).isZero();
    }
}
