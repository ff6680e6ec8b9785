package io.ordercenter.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The whole order as the public API shows it and as events carry it ({@code payload.order}): ids
 * as strings, money in integer cents, times in UTC. Projections (shop copy, search index, cache)
 * are rebuilt from this shape, guarded by {@link #version()}.
 *
 * <p>Optional fields the order does not have (the {@code ?} fields of API.md: {@code riderId},
 * {@code paidAt}, {@code refund}, ...) are left out of the JSON, not written as {@code null}, by
 * every service alike.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderSnapshot(
        String orderId,
        String userId,
        String shopId,
        String riderId,
        OrderStatus status,
        List<Item> items,
        long goodsCents,
        long deliveryFeeCents,
        long deliveryFeeWaivedCents,
        long discountCents,
        long payableCents,
        String couponId,
        Address address,
        String remark,
        Instant createdAt,
        Instant paidAt,
        Instant acceptedAt,
        Instant readyAt,
        Instant pickedUpAt,
        Instant deliveredAt,
        Instant completedAt,
        Instant cancelledAt,
        String cancelReason,
        Refund refund,
        long version) {

    public OrderSnapshot {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One line of the order, priced by the server when the order was placed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String skuId, String name, int quantity, long unitPriceCents) {}

    /** Where the order goes; {@code phone} is the customer's full number (masked by the read side). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(String contactName, String phone, String line1, String city, Double lat, Double lng) {}

    /** The latest refund of the order, if any. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refund(
            String refundId,
            RefundStatus status,
            long amountCents,
            String reason,
            Instant requestedAt,
            Instant succeededAt) {}

    /** The same order with the phone number masked as {@code 138****1111}, for callers who may not see it. */
    public OrderSnapshot withMaskedPhone() {
        if (address == null) {
            return this;
        }
        Address masked = new Address(
                address.contactName(),
                Phones.mask(address.phone()),
                address.line1(),
                address.city(),
                address.lat(),
                address.lng());
        return new OrderSnapshot(
                orderId,
                userId,
                shopId,
                riderId,
                status,
                items,
                goodsCents,
                deliveryFeeCents,
                deliveryFeeWaivedCents,
                discountCents,
                payableCents,
                couponId,
                masked,
                remark,
                createdAt,
                paidAt,
                acceptedAt,
                readyAt,
                pickedUpAt,
                deliveredAt,
                completedAt,
                cancelledAt,
                cancelReason,
                refund,
                version);
    }
}
