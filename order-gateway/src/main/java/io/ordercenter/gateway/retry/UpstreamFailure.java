package io.ordercenter.gateway.retry;

/**
 * No instance answered the request, and it is not tried again.
 *
 * @see Delivery
 */
public final class UpstreamFailure extends RuntimeException {

    private final Delivery delivery;
    private final boolean repeatable;

    UpstreamFailure(Delivery delivery, boolean repeatable, Throwable cause) {
        super("upstream failure (" + delivery + ")", cause);
        this.delivery = delivery;
        this.repeatable = repeatable;
    }

    /** Whether the last attempt may have reached an instance. */
    public Delivery delivery() {
        return delivery;
    }

    /** Whether the caller may simply send the request again. */
    public boolean repeatable() {
        return repeatable;
    }
}
