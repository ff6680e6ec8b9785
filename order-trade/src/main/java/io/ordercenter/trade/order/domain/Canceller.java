package io.ordercenter.trade.order.domain;

/** Who cancels an order; a merchant does not cancel but {@linkplain Order#reject rejects}. */
public enum Canceller {
    /** The customer: before payment, or after payment until the merchant accepts. */
    USER,
    /** Support staff, on the customer's behalf: the same window as the customer. */
    SUPPORT,
    /** The unpaid-order timeout: only an order still unpaid. */
    SYSTEM
}
