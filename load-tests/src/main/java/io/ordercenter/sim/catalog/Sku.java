package io.ordercenter.sim.catalog;

/** A menu item of one shop. */
public record Sku(long skuId, long shopId, String name, long priceCents, boolean available) {}
