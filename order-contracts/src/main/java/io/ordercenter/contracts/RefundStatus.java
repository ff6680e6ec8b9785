package io.ordercenter.contracts;

/** The states of one refund, as the public API names them; a refund is retried until the channel confirms. */
public enum RefundStatus {
    REQUESTED,
    SUCCEEDED
}
