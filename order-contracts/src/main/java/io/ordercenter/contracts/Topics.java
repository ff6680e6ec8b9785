package io.ordercenter.contracts;

/** Kafka topic names: explicit, never derived from class names. */
public final class Topics {
    /** Every state change of every order, keyed by order id, in version order per order. */
    public static final String ORDER_EVENTS = "order-events";

    /** Messages a consumer gave up on after bounded retries, with the error in the headers. */
    public static final String ORDER_EVENTS_DLT = "order-events.dlt";

    private Topics() {}
}
