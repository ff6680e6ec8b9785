package io.ordercenter.sim.catalog;

import io.ordercenter.sim.fault.Dependency;
import io.ordercenter.sim.http.Call;
import io.ordercenter.sim.http.Json;
import io.ordercenter.sim.http.Method;
import io.ordercenter.sim.http.Reply;
import io.ordercenter.sim.http.Routes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code GET /shops/{shopId}}, {@code GET /shops/{shopId}/skus}, {@code GET /users/{userId}}, {@code PUT /sim/shops/{shopId}}. */
public final class CatalogEndpoints {

    private final Catalog catalog;

    public CatalogEndpoints(Catalog catalog) {
        this.catalog = catalog;
    }

    public void register(Routes routes) {
        routes.service(Dependency.SHOP, Method.GET, "/shops/{shopId}", this::shop)
                .service(Dependency.MENU, Method.GET, "/shops/{shopId}/skus", this::menu)
                .service(Dependency.USER, Method.GET, "/users/{userId}", this::user)
                .control(Method.PUT, "/sim/shops/{shopId}", this::openOrClose);
    }

    private Reply shop(Call call) {
        return call.pathNumber("shopId")
                .flatMap(catalog::shop)
                .map(shop -> Reply.ok(ShopView.of(shop)))
                .orElseGet(() -> shopNotFound(call));
    }

    private Reply menu(Call call) {
        Optional<Shop> shop = call.pathNumber("shopId").flatMap(catalog::shop);
        if (shop.isEmpty()) {
            return shopNotFound(call);
        }
        Optional<Set<Long>> ids = call.query("ids").map(CatalogEndpoints::ids);
        List<SkuView> items =
                catalog.menu(shop.get().shopId(), ids).stream().map(SkuView::of).toList();
        return Reply.ok(Json.object("items", items));
    }

    private Reply user(Call call) {
        return call.pathNumber("userId")
                .flatMap(catalog::user)
                .map(user -> Reply.ok(UserView.of(user)))
                .orElseGet(() -> Reply.error(404, "USER_NOT_FOUND", "userId", call.path("userId")));
    }

    private Reply openOrClose(Call call) {
        boolean open = call.json().bool("open");
        return call.pathNumber("shopId")
                .flatMap(shopId -> catalog.setOpen(shopId, open))
                .map(shop -> Reply.ok(ShopView.of(shop)))
                .orElseGet(() -> shopNotFound(call));
    }

    private static Reply shopNotFound(Call call) {
        return Reply.error(404, "SHOP_NOT_FOUND", "shopId", call.path("shopId"));
    }

    /** {@code ids=1,2,3}; an id that is not a number matches no sku, like an unknown one. */
    private static Set<Long> ids(String raw) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                // absent, like any unknown id
            }
        }
        return ids;
    }
    /** The wire form of a shop: ids as strings, money in cents. */
    public record ShopView(
            String shopId,
            String name,
            boolean open,
            String merchantId,
            long deliveryFeeCents,
            long freeDeliveryThresholdCents) {

        static ShopView of(Shop shop) {
            return new ShopView(
                    Long.toString(shop.shopId()),
                    shop.name(),
                    shop.open(),
                    Long.toString(shop.merchantId()),
                    shop.deliveryFeeCents(),
                    shop.freeDeliveryThresholdCents());
        }
    }

    /** The wire form of a sku. */
    public record SkuView(String skuId, String shopId, String name, long priceCents, boolean available) {

        static SkuView of(Sku sku) {
            return new SkuView(
                    Long.toString(sku.skuId()),
                    Long.toString(sku.shopId()),
                    sku.name(),
                    sku.priceCents(),
                    sku.available());
        }
    }

    /** The wire form of a user. */
    public record UserView(String userId, String name, String phone, boolean member) {

        static UserView of(User user) {
            return new UserView(Long.toString(user.userId()), user.name(), user.phone(), user.member());
        }
    }
}
