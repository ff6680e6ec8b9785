package io.ordercenter.sim.catalog;

/** A shop as the shop service knows it. Money in cents. */
public record Shop(
        long shopId,
        String name,
        boolean open,
        long merchantId,
        long deliveryFeeCents,
        long freeDeliveryThresholdCents) {

    public Shop withOpen(boolean open) {
        return new Shop(shopId, name, open, merchantId, deliveryFeeCents, freeDeliveryThresholdCents);
    }
}
