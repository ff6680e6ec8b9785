package io.ordercenter.trade.order.domain;

/** The intents that move an order, as named in an {@link IllegalStateTransitionException}. */
public enum OrderAction {
    PAY,
    ACCEPT,
    REJECT,
    MARK_READY,
    PICK_UP,
    DELIVER,
    CONFIRM,
    CANCEL,
    REQUEST_REFUND,
    COMPLETE_REFUND
}
