package io.ordercenter.contracts;

/** The roles a caller's token may carry ({@code roles} claim). */
public enum Role {
    USER,
    MERCHANT,
    RIDER,
    SUPPORT,
    /** Our own services calling each other's internal endpoints (never given to people). */
    SYSTEM
}
