package io.ordercenter.sim.http;

/** A call the simulator cannot interpret (malformed JSON, a missing or ill-typed field); answered with 400. */
public final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequest(String detail) {
        super(detail);
    }
}
