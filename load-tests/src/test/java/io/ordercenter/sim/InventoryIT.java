package io.ordercenter.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Inventory try/confirm/release, idempotent by reservation id. */
class InventoryIT extends SimulatorTestSupport {

    private static String reservation(String id, String items) {
        return "{\"reservationId\": \"" + id + "\", \"items\": [" + items + "]}";
    }

    private static String item(long skuId, int quantity) {
        return "{\"skuId\": \"" + skuId + "\", \"quantity\": " + quantity + "}";
    }

    @Test
    void a_try_takes_the_stock_and_a_replay_answers_the_same_without_taking_it_again() {
        String body = reservation("r-1", item(101, 2) + "," + item(102, 1));

        SimClient.Answer first = sim.post("/inventory/reservations", body);
        SimClient.Answer replay = sim.post("/inventory/reservations", body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("reservationId")).isEqualTo("r-1");
        assertThat(first.text("status")).isEqualTo("RESERVED");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(stockOf(101)).isEqualTo(9_998);
        assertThat(stockOf(102)).isEqualTo(9_999);
    }

    @Test
    void concurrent_replays_of_one_try_take_the_stock_once() {
        String body = reservation("r-race", item(103, 5));

        List<SimClient.Answer> answers =
                IntStream.range(0, 20).mapToObj(i -> sim.postAsync("/inventory/reservations", body)).toList().stream()
                        .map(CompletableFuture::join)
                        .toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(stockOf(103)).isEqualTo(9_995);
    }

    @Test
    void a_try_beyond_the_stock_is_refused_and_takes_nothing() {
        SimClient.Answer refused =
                sim.post("/inventory/reservations", reservation("r-scarce", item(101, 1) + "," + item(105, 4)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("OUT_OF_STOCK");
        assertThat(refused.text("skuId")).isEqualTo("105");
        assertThat(stockOf(101)).as("all or nothing").isEqualTo(10_000);
        assertThat(stockOf(105)).isEqualTo(3);

        assertThat(sim.post("/inventory/reservations", reservation("r-ok", item(105, 3)))
                        .status())
                .isEqualTo(200);
        assertThat(stockOf(105)).isZero();
        assertThat(sim.post("/inventory/reservations", reservation("r-none", item(105, 1)))
                        .text("code"))
                .isEqualTo("OUT_OF_STOCK");
    }

    @Test
    void a_replayed_refusal_stays_a_refusal() {
        sim.post("/inventory/reservations", reservation("r-late", item(205, 2)));
        assertThat(sim.put("/sim/skus/205/stock", "{\"stock\": 50}").status()).isEqualTo(200);

        SimClient.Answer replay = sim.post("/inventory/reservations", reservation("r-late", item(205, 2)));

        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.text("skuId")).isEqualTo("205");
        assertThat(stockOf(205)).isEqualTo(50);
    }

    @Test
    void confirm_keeps_the_stock_and_release_gives_it_back_once() {
        sim.post("/inventory/reservations", reservation("r-2", item(104, 3)));

        SimClient.Answer confirmed = sim.post("/inventory/reservations/r-2/confirm", "");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
        assertThat(sim.post("/inventory/reservations/r-2/confirm", "").status()).isEqualTo(200);
        assertThat(stockOf(104)).isEqualTo(9_997);

        SimClient.Answer released = sim.post("/inventory/reservations/r-2/release", "");
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.text("status")).isEqualTo("RELEASED");
        sim.post("/inventory/reservations/r-2/release", "");
        assertThat(stockOf(104)).as("given back once").isEqualTo(10_000);

        SimClient.Answer confirmAfterRelease = sim.post("/inventory/reservations/r-2/confirm", "");
        assertThat(confirmAfterRelease.status()).isEqualTo(409);
        assertThat(confirmAfterRelease.text("status")).isEqualTo("RELEASED");
    }

    @Test
    void releasing_an_unknown_reservation_succeeds_and_blocks_its_late_try() {
        SimClient.Answer released = sim.post("/inventory/reservations/r-lost/release", "");
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.text("status")).isEqualTo("RELEASED");

        SimClient.Answer lateTry = sim.post("/inventory/reservations", reservation("r-lost", item(106, 1)));

        assertThat(lateTry.status()).isEqualTo(409);
        assertThat(lateTry.text("code")).isEqualTo("RESERVATION_RELEASED");
        assertThat(stockOf(106)).isEqualTo(10_000);
    }

    @Test
    void confirming_an_unknown_reservation_is_not_found() {
        SimClient.Answer answer = sim.post("/inventory/reservations/r-nobody/confirm", "");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text("code")).isEqualTo("RESERVATION_NOT_FOUND");
    }

    @Test
    void the_reservation_state_can_be_inspected() {
        sim.post("/inventory/reservations", reservation("r-3", item(107, 2)));
        sim.post("/inventory/reservations/r-3/confirm", "");

        SimClient.Answer state = sim.get("/sim/reservations/r-3");

        assertThat(state.status()).isEqualTo(200);
        assertThat(state.json().path("inventory").path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(state.json()
                        .path("inventory")
                        .path("items")
                        .get(0)
                        .path("skuId")
                        .asString())
                .isEqualTo("107");
        assertThat(state.json().path("coupon").isNull()).isTrue();
        assertThat(sim.get("/sim/reservations/r-none").status()).isEqualTo(404);
    }

    @Test
    void malformed_tries_are_refused_with_400() {
        assertThat(sim.post("/inventory/reservations", "{\"reservationId\": \"r-x\"}")
                        .text("code"))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(sim.post("/inventory/reservations", reservation("r-x", item(101, 0)))
                        .status())
                .isEqualTo(400);
        assertThat(sim.post("/inventory/reservations", "not json").status()).isEqualTo(400);
        assertThat(stockOf(101)).isEqualTo(10_000);
    }
}
