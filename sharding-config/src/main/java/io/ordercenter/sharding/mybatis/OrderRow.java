package io.ordercenter.sharding.mybatis;

import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One order row, as stored in {@code t_order} and copied whole into {@code t_order_user} and
 * {@code t_order_shop}. Money is in integer cents; times are UTC instants (millisecond precision in
 * the database); {@code version} counts state changes and guards every update.
 */
public record OrderRow(
        long orderId,
        long userId,
        long shopId,
        Long riderId,
        OrderStatus status,
        long goodsCents,
        long deliveryFeeCents,
        long deliveryFeeWaivedCents,
        long discountCents,
        long payableCents,
        String couponId,
        String contactName,
        String phone,
        String addressLine1,
        String city,
        Double lat,
        Double lng,
        String remark,
        String cancelReason,
        String paymentId,
        String refundId,
        RefundStatus refundStatus,
        Long refundAmountCents,
        String refundReason,
        Instant refundRequestedAt,
        Instant refundSucceededAt,
        Instant createdAt,
        Instant paidAt,
        Instant acceptedAt,
        Instant readyAt,
        Instant pickedUpAt,
        Instant deliveredAt,
        Instant completedAt,
        Instant cancelledAt,
        long version,
        Instant updatedAt) {

    public OrderRow {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(addressLine1, "addressLine1");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A builder with no fields set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this row's values, to derive the next version of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.orderId = orderId;
        b.userId = userId;
        b.shopId = shopId;
        b.riderId = riderId;
        b.status = status;
        b.goodsCents = goodsCents;
        b.deliveryFeeCents = deliveryFeeCents;
        b.deliveryFeeWaivedCents = deliveryFeeWaivedCents;
        b.discountCents = discountCents;
        b.payableCents = payableCents;
        b.couponId = couponId;
        b.contactName = contactName;
        b.phone = phone;
        b.addressLine1 = addressLine1;
        b.city = city;
        b.lat = lat;
        b.lng = lng;
        b.remark = remark;
        b.cancelReason = cancelReason;
        b.paymentId = paymentId;
        b.refundId = refundId;
        b.refundStatus = refundStatus;
        b.refundAmountCents = refundAmountCents;
        b.refundReason = refundReason;
        b.refundRequestedAt = refundRequestedAt;
        b.refundSucceededAt = refundSucceededAt;
        b.createdAt = createdAt;
        b.paidAt = paidAt;
        b.acceptedAt = acceptedAt;
        b.readyAt = readyAt;
        b.pickedUpAt = pickedUpAt;
        b.deliveredAt = deliveredAt;
        b.completedAt = completedAt;
        b.cancelledAt = cancelledAt;
        b.version = version;
        b.updatedAt = updatedAt;
        return b;
    }

    /** Builds {@link OrderRow}s field by field. */
    public static final class Builder {
        private long orderId;
        private long userId;
        private long shopId;
        private Long riderId;
        private OrderStatus status;
        private long goodsCents;
        private long deliveryFeeCents;
        private long deliveryFeeWaivedCents;
        private long discountCents;
        private long payableCents;
        private String couponId;
        private String contactName;
        private String phone;
        private String addressLine1;
        private String city;
        private Double lat;
        private Double lng;
        private String remark;
        private String cancelReason;
        private String paymentId;
        private String refundId;
        private RefundStatus refundStatus;
        private Long refundAmountCents;
        private String refundReason;
        private Instant refundRequestedAt;
        private Instant refundSucceededAt;
        private Instant createdAt;
        private Instant paidAt;
        private Instant acceptedAt;
        private Instant readyAt;
        private Instant pickedUpAt;
        private Instant deliveredAt;
        private Instant completedAt;
        private Instant cancelledAt;
        private long version;
        private Instant updatedAt;

        private Builder() {}

        public Builder orderId(long value) {
            this.orderId = value;
            return this;
        }

        public Builder userId(long value) {
            this.userId = value;
            return this;
        }

        public Builder shopId(long value) {
            this.shopId = value;
            return this;
        }

        public Builder riderId(Long value) {
            this.riderId = value;
            return this;
        }

        public Builder status(OrderStatus value) {
            this.status = value;
            return this;
        }

        public Builder goodsCents(long value) {
            this.goodsCents = value;
            return this;
        }

        public Builder deliveryFeeCents(long value) {
            this.deliveryFeeCents = value;
            return this;
        }

        public Builder deliveryFeeWaivedCents(long value) {
            this.deliveryFeeWaivedCents = value;
            return this;
        }

        public Builder discountCents(long value) {
            this.discountCents = value;
            return this;
        }

        public Builder payableCents(long value) {
            this.payableCents = value;
            return this;
        }

        public Builder couponId(String value) {
            this.couponId = value;
            return this;
        }

        public Builder contactName(String value) {
            this.contactName = value;
            return this;
        }

        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        public Builder addressLine1(String value) {
            this.addressLine1 = value;
            return this;
        }

        public Builder city(String value) {
            this.city = value;
            return this;
        }

        public Builder lat(Double value) {
            this.lat = value;
            return this;
        }

        public Builder lng(Double value) {
            this.lng = value;
            return this;
        }

        public Builder remark(String value) {
            this.remark = value;
            return this;
        }

        public Builder cancelReason(String value) {
            this.cancelReason = value;
            return this;
        }

        public Builder paymentId(String value) {
            this.paymentId = value;
            return this;
        }

        public Builder refundId(String value) {
            this.refundId = value;
            return this;
        }

        public Builder refundStatus(RefundStatus value) {
            this.refundStatus = value;
            return this;
        }

        public Builder refundAmountCents(Long value) {
            this.refundAmountCents = value;
            return this;
        }

        public Builder refundReason(String value) {
            this.refundReason = value;
            return this;
        }

        public Builder refundRequestedAt(Instant value) {
            this.refundRequestedAt = value;
            return this;
        }

        public Builder refundSucceededAt(Instant value) {
            this.refundSucceededAt = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        public Builder paidAt(Instant value) {
            this.paidAt = value;
            return this;
        }

        public Builder acceptedAt(Instant value) {
            this.acceptedAt = value;
            return this;
        }

        public Builder readyAt(Instant value) {
            this.readyAt = value;
            return this;
        }

        public Builder pickedUpAt(Instant value) {
            this.pickedUpAt = value;
            return this;
        }

        public Builder deliveredAt(Instant value) {
            this.deliveredAt = value;
            return this;
        }

        public Builder completedAt(Instant value) {
            this.completedAt = value;
            return this;
        }

        public Builder cancelledAt(Instant value) {
            this.cancelledAt = value;
            return this;
        }

        public Builder version(long value) {
            this.version = value;
            return this;
        }

        public Builder updatedAt(Instant value) {
            this.updatedAt = value;
            return this;
        }

        public OrderRow build() {
            return new OrderRow(
                    orderId,
                    userId,
                    shopId,
                    riderId,
                    status,
                    goodsCents,
                    deliveryFeeCents,
                    deliveryFeeWaivedCents,
                    discountCents,
                    payableCents,
                    couponId,
                    contactName,
                    phone,
                    addressLine1,
                    city,
                    lat,
                    lng,
                    remark,
                    cancelReason,
                    paymentId,
                    refundId,
                    refundStatus,
                    refundAmountCents,
                    refundReason,
                    refundRequestedAt,
                    refundSucceededAt,
                    createdAt,
                    paidAt,
                    acceptedAt,
                    readyAt,
                    pickedUpAt,
                    deliveredAt,
                    completedAt,
                    cancelledAt,
                    version,
                    updatedAt);
        }
    }
}
