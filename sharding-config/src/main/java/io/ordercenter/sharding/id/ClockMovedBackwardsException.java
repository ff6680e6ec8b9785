package io.ordercenter.sharding.id;

/** The wall clock went back further than the generator is willing to wait out. */
public class ClockMovedBackwardsException extends RuntimeException {

    public ClockMovedBackwardsException(String message) {
        super(message);
    }
}
