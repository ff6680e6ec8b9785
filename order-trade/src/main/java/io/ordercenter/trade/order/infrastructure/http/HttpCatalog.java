package io.ordercenter.trade.order.infrastructure.http;

import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.trade.order.application.Catalog;
import io.ordercenter.trade.order.domain.DeliveryTerms;
import io.ordercenter.trade.order.domain.MenuItem;
import io.ordercenter.trade.order.domain.ShopId;
import io.ordercenter.trade.order.domain.ShopSnapshot;
import io.ordercenter.trade.order.domain.SkuId;
import io.ordercenter.trade.order.domain.UserId;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.MenuApi;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.ShopApi;
import io.ordercenter.trade.order.infrastructure.http.DependencyApis.UserApi;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Shop, menu and user lookups, each on its own guard so that one hanging service cannot hold the others. */
public final class HttpCatalog implements Catalog {

    private final ShopApi shops;
    private final MenuApi menus;
    private final UserApi users;
    private final DependencyGuard shopGuard;
    private final DependencyGuard menuGuard;
    private final DependencyGuard userGuard;

    HttpCatalog(
            ShopApi shops,
            MenuApi menus,
            UserApi users,
            DependencyGuard shopGuard,
            DependencyGuard menuGuard,
            DependencyGuard userGuard) {
        this.shops = shops;
        this.menus = menus;
        this.users = users;
        this.shopGuard = shopGuard;
        this.menuGuard = menuGuard;
        this.userGuard = userGuard;
    }

    @Override
    public CompletableFuture<Optional<ShopSnapshot>> shop(ShopId shopId) {
        return shopGuard.callAsync(() -> {
            ResponseEntity<JsonNode> response = shops.shop(shopId.value());
            if (response.getStatusCode().value() == 404) {
                return Optional.empty();
            }
            JsonNode body = ok(response, "shop");
            long fee = body.path("deliveryFeeCents").asLong();
            JsonNode threshold = body.path("freeDeliveryThresholdCents");
            DeliveryTerms terms = threshold.isNumber() && threshold.asLong() > 0
                    ? DeliveryTerms.feeUnless(fee, threshold.asLong())
                    : DeliveryTerms.fee(fee);
            return Optional.of(new ShopSnapshot(shopId, body.path("open").asBoolean(), terms));
        });
    }

    @Override
    public CompletableFuture<Map<SkuId, MenuItem>> menu(ShopId shopId, Set<SkuId> skus) {
        String ids = skus.stream().map(s -> Long.toString(s.value())).sorted().collect(Collectors.joining(","));
        return menuGuard.callAsync(() -> {
            ResponseEntity<JsonNode> response = menus.skus(shopId.value(), ids);
            if (response.getStatusCode().value() == 404) {
                return Map.of(); // no such shop: the placement refuses it as SHOP_NOT_FOUND
            }
            JsonNode body = ok(response, "menu");
            Map<SkuId, MenuItem> items = new HashMap<>();
            for (JsonNode item : body.path("items")) {
                SkuId sku = new SkuId(Long.parseLong(item.path("skuId").asString()));
                items.put(
                        sku,
                        new MenuItem(
                                sku,
                                new ShopId(Long.parseLong(item.path("shopId").asString())),
                                item.path("name").asString(),
                                item.path("priceCents").asLong(),
                                item.path("available").asBoolean()));
            }
            return items;
        });
    }

    /** Policy: the user service being slow or down costs a member the fee waiver, never the order. */
    @Override
    public CompletableFuture<Boolean> member(UserId userId) {
        return userGuard
                .callAsync(() -> {
                    ResponseEntity<JsonNode> response = users.user(userId.value());
                    return response.getStatusCode().is2xxSuccessful()
                            && response.getBody() != null
                            && response.getBody().path("member").asBoolean();
                })
                .exceptionally(failure -> false);
    }

    static JsonNode ok(ResponseEntity<JsonNode> response, String dependency) {
        if (!response.getStatusCode().is2xxSuccessful() || response.getBody() == null) {
            throw Transient.dependencyUnavailable(
                    dependency, new IllegalStateException("unexpected answer " + response.getStatusCode()));
        }
        return response.getBody();
    }
}
