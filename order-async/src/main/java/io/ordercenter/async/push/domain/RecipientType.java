package io.ordercenter.async.push.domain;

/** Who a notification is for: the customer, the shop's merchant, or the rider. */
public enum RecipientType {
    USER,
    MERCHANT,
    RIDER
}
