package io.ordercenter.sim.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shops, menus and users. Thread-safe; only a shop's open flag changes at run time. */
public final class Catalog {

    private final List<Shop> initialShops;
    private final Map<Long, Shop> shops = new ConcurrentHashMap<>();
    private final Map<Long, Sku> skus;
    private final Map<Long, User> users;

    public Catalog(Collection<Shop> shops, Collection<Sku> skus, Collection<User> users) {
        this.initialShops = List.copyOf(shops);
        this.skus = skus.stream().collect(Collectors.toUnmodifiableMap(Sku::skuId, Function.identity()));
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(User::userId, Function.identity()));
        reset();
    }

    public static Catalog demo() {
        return new Catalog(DemoCatalog.shops(), DemoCatalog.skus(), DemoCatalog.users());
    }

    public Optional<Shop> shop(long shopId) {
        return Optional.ofNullable(shops.get(shopId));
    }

    /** The shop's skus among {@code skuIds} (the whole menu when empty), by sku id; unknown ids are absent. */
    public List<Sku> menu(long shopId, Optional<Set<Long>> skuIds) {
        return skus.values().stream()
                .filter(sku -> sku.shopId() == shopId)
                .filter(sku -> skuIds.map(ids -> ids.contains(sku.skuId())).orElse(true))
                .sorted((a, b) -> Long.compare(a.skuId(), b.skuId()))
                .toList();
    }

    public Optional<Sku> sku(long skuId) {
        return Optional.ofNullable(skus.get(skuId));
    }

    public Collection<Sku> skus() {
        return skus.values();
    }

    public Optional<User> user(long userId) {
        return Optional.ofNullable(users.get(userId));
    }

    /** Opens or closes a shop; empty when there is no such shop. */
    public Optional<Shop> setOpen(long shopId, boolean open) {
        return Optional.ofNullable(shops.computeIfPresent(shopId, (id, shop) -> shop.withOpen(open)));
    }

    /** Back to the initial shops (the set of shops never changes, so readers never miss one). */
    public void reset() {
        initialShops.forEach(shop -> shops.put(shop.shopId(), shop));
    }
}
