package io.ordercenter.contracts;

/** The stable {@code code} of every problem+json answer, with the HTTP status it goes with. */
public enum ErrorCode {
    VALIDATION_FAILED(400, "Validation failed"),
    UNAUTHENTICATED(401, "Unauthenticated"),
    BAD_SIGNATURE(401, "Bad signature"),
    FORBIDDEN(403, "Forbidden"),
    /** No public endpoint at this path (the gateway's answer for an unknown route). */
    NOT_FOUND(404, "Not found"),
    ORDER_NOT_FOUND(404, "Order not found"),
    ILLEGAL_STATE_TRANSITION(409, "Illegal state transition"),
    CONCURRENT_MODIFICATION(409, "Concurrent modification"),
    PAYMENT_AMOUNT_MISMATCH(409, "Payment amount mismatch"),
    REFUND_IN_PROGRESS(409, "Refund in progress"),
    /** A request body over the size limit (the gateway's, or 16 KiB on the payment callback). */
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    SHOP_NOT_FOUND(422, "Shop not found"),
    SKU_NOT_FOUND(422, "Sku not found"),
    SHOP_CLOSED(422, "Shop closed"),
    OUT_OF_STOCK(422, "Out of stock"),
    COUPON_INVALID(422, "Coupon invalid"),
    REFUND_AMOUNT_EXCEEDED(422, "Refund amount exceeded"),
    RATE_LIMITED(429, "Rate limited"),
    DEPENDENCY_UNAVAILABLE(503, "Dependency unavailable");

    private final int httpStatus;
    private final String title;

    ErrorCode(int httpStatus, String title) {
        this.httpStatus = httpStatus;
        this.title = title;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }
}
