package io.ordercenter.sim.http;

/** The HTTP methods the simulator answers. */
public enum Method {
    GET,
    POST,
    PUT,
    DELETE
}
