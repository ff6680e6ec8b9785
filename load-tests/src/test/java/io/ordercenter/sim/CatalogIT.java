package io.ordercenter.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Shop, menu and user services. */
class CatalogIT extends SimulatorTestSupport {

    @Test
    void a_demo_shop_is_served_with_string_ids_and_money_in_cents() {
        SimClient.Answer shop = sim.get("/shops/1");

        assertThat(shop.status()).isEqualTo(200);
        assertThat(shop.raw().headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode json = shop.json();
        assertThat(json.get("shopId").isString()).isTrue();
        assertThat(json.get("shopId").asString()).isEqualTo("1");
        assertThat(json.get("merchantId").asString()).isEqualTo("9001");
        assertThat(json.get("open").asBoolean()).isTrue();
        assertThat(json.get("name").asString()).isNotBlank();
        assertThat(json.get("deliveryFeeCents").isIntegralNumber()).isTrue();
        assertThat(json.get("freeDeliveryThresholdCents").isIntegralNumber()).isTrue();
    }

    @Test
    void shop_20_is_closed_and_unknown_shops_are_not_found() {
        assertThat(sim.get("/shops/20").json().get("open").asBoolean()).isFalse();

        SimClient.Answer unknown = sim.get("/shops/21");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("SHOP_NOT_FOUND");
        assertThat(sim.get("/shops/not-a-number").status()).isEqualTo(404);
    }

    @Test
    void a_shop_can_be_closed_and_reopened_through_the_control_api() {
        assertThat(sim.put("/sim/shops/3", "{\"open\": false}").status()).isEqualTo(200);
        assertThat(sim.get("/shops/3").json().get("open").asBoolean()).isFalse();

        assertThat(sim.put("/sim/shops/3", "{\"open\": true}")
                        .json()
                        .get("open")
                        .asBoolean())
                .isTrue();
        assertThat(sim.get("/shops/3").json().get("open").asBoolean()).isTrue();
        assertThat(sim.put("/sim/shops/99", "{\"open\": true}").status()).isEqualTo(404);
    }

    @Test
    void the_menu_answers_the_requested_skus_of_that_shop_and_leaves_out_unknown_ones() {
        SimClient.Answer menu = sim.get("/shops/1/skus?ids=101,105,110,999,201");

        assertThat(menu.status()).isEqualTo(200);
        List<String> ids = menu.json()
                .get("items")
                .valueStream()
                .map(item -> item.get("skuId").asString())
                .toList();
        assertThat(ids).containsExactly("101", "105", "110");
        JsonNode first = menu.json().get("items").get(0);
        assertThat(first.get("shopId").asString()).isEqualTo("1");
        assertThat(first.get("name").asString()).isNotBlank();
        assertThat(first.get("priceCents").isIntegralNumber()).isTrue();
        assertThat(first.get("available").asBoolean()).isTrue();
        assertThat(menu.json().get("items").get(2).get("available").asBoolean())
                .as("the tenth sku of every shop is unavailable")
                .isFalse();
    }

    @Test
    void without_ids_the_menu_is_the_whole_menu() {
        assertThat(sim.get("/shops/2/skus").json().get("items").size()).isEqualTo(10);
        assertThat(sim.get("/shops/2/skus?ids=999").json().get("items").size()).isZero();
        assertThat(sim.get("/shops/77/skus?ids=7701").status()).isEqualTo(404);
    }

    @Test
    void users_have_a_mobile_number_and_every_third_is_a_member() {
        JsonNode user = sim.get("/users/1001").json();
        assertThat(user.get("userId").asString()).isEqualTo("1001");
        assertThat(user.get("name").asString()).isNotBlank();
        assertThat(user.get("phone").asString()).matches("138\\d{4}1001");
        assertThat(user.get("member").asBoolean()).isFalse();

        assertThat(sim.get("/users/1002").json().get("member").asBoolean()).isTrue();
        assertThat(sim.get("/users/1100").json().get("member").asBoolean()).isFalse();

        SimClient.Answer unknown = sim.get("/users/1101");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("USER_NOT_FOUND");
    }

    @Test
    void unknown_paths_and_the_wiremock_admin_api_are_refused() {
        SimClient.Answer unknown = sim.get("/nothing/here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("NOT_FOUND");

        assertThat(sim.post("/__admin/reset", "").status())
                .as("the stubs must not be removable over HTTP")
                .isEqualTo(401);
        assertThat(sim.get("/shops/1").status()).isEqualTo(200);
    }
}
