package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.CouponId;
import io.ordercenter.trade.order.domain.DeliveryAddress;
import io.ordercenter.trade.order.domain.PlacementRequest;
import io.ordercenter.trade.order.domain.PlacementRequest.RequestedLine;
import io.ordercenter.trade.order.domain.ShopId;
import io.ordercenter.trade.order.domain.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** What a client asks for when placing an order; prices are never part of it. */
public record PlaceOrderCommand(
        UserId userId,
        ShopId shopId,
        List<RequestedLine> lines,
        CouponId couponId,
        DeliveryAddress address,
        String remark) {

    public PlaceOrderCommand {
        lines = List.copyOf(lines);
    }

    public PlacementRequest toRequest() {
        return new PlacementRequest(userId, shopId, lines, couponId, address, remark);
    }

    /** Hex SHA-256 over every field, to tell a retry (same body) from a reuse of the key (other body). */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder()
                .append(userId.value())
                .append('|')
                .append(shopId.value())
                .append('|');
        for (RequestedLine line : lines) {
            canonical
                    .append(line.skuId().value())
                    .append('x')
                    .append(line.quantity())
                    .append(',');
        }
        canonical
                .append('|')
                .append(couponId == null ? "" : couponId.value())
                .append('|')
                .append(address.contactName())
                .append('|')
                .append(address.phone())
                .append('|')
                .append(address.line1())
                .append('|')
                .append(address.city())
                .append('|')
                .append(address.lat())
                .append('|')
                .append(address.lng())
                .append('|')
                .append(remark == null ? "" : remark);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
